pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
        // routing-engine bindings, published from the backend monorepo
        maven {
            name = "GitLab"
            url = uri("https://gitlab.com/api/v4/projects/41877302/packages/maven")
            credentials(HttpHeaderCredentials::class) {
                name = "Deploy-Token"
                value = "⟦gitlab_deploy_token:maven⟧"
            }
            authentication { create<HttpHeaderAuthentication>("header") }
        }
        maven {
            name = "GitHubPackages"
            url = uri("https://maven.pkg.github.com/routewise/telematics-sdk")
            credentials {
                username = providers.gradleProperty("gpr.user").orNull ?: System.getenv("GITHUB_ACTOR")
                password = providers.gradleProperty("gpr.key").orNull ?: System.getenv("GITHUB_TOKEN")
            }
        }
    }
}

rootProject.name = "routewise-driver"
include(":app", ":core:routing", ":core:telematics", ":feature:jobs")
