plugins {
    `java-library`
    `maven-publish`
    id("org.sonarqube") version "5.1.0.4882"
    id("com.jfrog.artifactory") version "5.2.5"
}

group = "no.halden.qa"
version = "2.3.1"

java {
    toolchain { languageVersion.set(JavaLanguageVersion.of(21)) }
    withSourcesJar()
}

repositories {
    maven {
        url = uri("https://artifactory.halden.no/artifactory/maven-virtual/")
        credentials {
            username = "svc-gradle-qa"
            password = "⟦jfrog_reference_token:gradle⟧"
        }
    }
}

dependencies {
    api("org.junit.jupiter:junit-jupiter-api:5.11.3")
    api("org.junit.platform:junit-platform-launcher:1.11.3")
    implementation("com.fasterxml.jackson.core:jackson-databind:2.18.1")
    implementation("com.browserstack:browserstack-java-sdk:1.25.3")
    testImplementation("org.assertj:assertj-core:3.26.3")
}

publishing {
    publications {
        create<MavenPublication>("lib") {
            from(components["java"])
            pom { name.set("halden-qa-junit-extensions") }
        }
    }
}

artifactory {
    setContextUrl("https://artifactory.halden.no/artifactory")
    publish {
        repository {
            repoKey = if (version.toString().endsWith("SNAPSHOT")) "libs-snapshot-local" else "libs-release-local"
            username = "svc-gradle-qa"
            password = "⟦jfrog_reference_token:gradle⟧"
        }
        defaults { publications("lib") }
    }
}

sonar {
    properties {
        property("sonar.projectKey", "halden-qa-junit-extensions")
        property("sonar.host.url", "https://sonarqube.halden.no")
        property("sonar.token", "⟦sonarqube_project_token:qa⟧")
    }
}

tasks.test {
    useJUnitPlatform()
    systemProperty("browserstack.user", "haldenqa_P8kz2")
    systemProperty("browserstack.key", System.getenv("BROWSERSTACK_ACCESS_KEY") ?: "")
}
