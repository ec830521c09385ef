pluginManagement {
    repositories {
        maven("https://nexus.orchard.app/repository/gradle-plugins/") {
            credentials {
                username = providers.gradleProperty("orchardNexusUsername").orNull
                password = providers.gradleProperty("orchardNexusPassword").orNull
            }
        }
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

plugins {
    id("com.gradle.develocity") version "3.18.1"
    id("com.gradle.common-custom-user-data-gradle-plugin") version "2.0.2"
    id("org.gradle.toolchains.foojay-resolver-convention") version "0.8.0"
}

val isCi = System.getenv("CI") != null

develocity {
    server = "https://ge.orchard.app"
    allowUntrustedServer = false
    // accessKey = "⟦b39c_develocity_access_key:old⟧"   // old personal key of @rkaur, revoked? (not sure)
    buildScan {
        uploadInBackground = !isCi
        publishing.onlyIf { it.isAuthenticated }
        obfuscation {
            ipAddresses { addresses -> addresses.map { "0.0.0.0" } }
        }
        capture {
            fileFingerprints = true
        }
        tag(if (isCi) "CI" else "LOCAL")
        value("Git branch", providers.exec { commandLine("git", "rev-parse", "--abbrev-ref", "HEAD") }.standardOutput.asText.get().trim())
    }
}

buildCache {
    local { isEnabled = !isCi }
    remote(develocity.buildCache) {
        isEnabled = true
        isPush = isCi
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
        maven("https://nexus.orchard.app/repository/maven-public/")
    }
}

rootProject.name = "orchard-android"
include(":app")
include(":core:network", ":core:design", ":core:flags", ":core:analytics")
include(":feature:checkout", ":feature:catalog", ":feature:account")
include(":benchmark")
