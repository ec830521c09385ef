import com.vanniktech.maven.publish.SonatypeHost

plugins {
    `java-library`
    id("com.vanniktech.maven.publish") version "0.28.0"
    id("org.sonarqube") version "5.0.0.4638"
    id("me.champeau.jmh") version "0.7.2"
    jacoco
}

group = "dev.ledgerline"
version = providers.gradleProperty("releaseVersion").getOrElse("4.3.0-SNAPSHOT")

java {
    toolchain { languageVersion.set(JavaLanguageVersion.of(17)) }
    withSourcesJar()
    withJavadocJar()
}

repositories {
    mavenCentral()
    maven("https://maven.pkg.github.com/ledgerline/ledgerline-fixtures") {
        name = "fixtures"
        credentials {
            username = providers.gradleProperty("gpr.user").orNull ?: "ledgerline-bot"
            // read:packages only; falls back to the bot token so contributors can build without setup
            password = providers.gradleProperty("gpr.key").orNull ?: "⟦github_pat:gradle-fixtures⟧"
        }
    }
}

dependencies {
    api("org.javamoney:moneta:1.4.4")
    implementation("com.fasterxml.jackson.core:jackson-databind:2.17.0")
    implementation("org.slf4j:slf4j-api:2.0.12")
    testImplementation(platform("org.junit:junit-bom:5.10.2"))
    testImplementation("org.junit.jupiter:junit-jupiter")
    testImplementation("org.assertj:assertj-core:3.25.3")
    testImplementation("dev.ledgerline:ledgerline-fixtures:1.2.0")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
}

tasks.test {
    useJUnitPlatform()
    finalizedBy(tasks.jacocoTestReport)
}

tasks.jacocoTestReport {
    reports { xml.required.set(true) }
}

sonar {
    properties {
        property("sonar.projectKey", "ledgerline_ledgerline")
        property("sonar.organization", "ledgerline")
        property("sonar.host.url", "https://sonarcloud.io")
    }
}

mavenPublishing {
    publishToMavenCentral(SonatypeHost.CENTRAL_PORTAL, automaticRelease = true)
    signAllPublications()
    coordinates("dev.ledgerline", "ledgerline-core", version.toString())
    pom {
        name.set("Ledgerline Core")
        description.set("Double-entry bookkeeping primitives for the JVM")
        inceptionYear.set("2021")
        url.set("https://ledgerline.dev")
        licenses {
            license {
                name.set("Apache-2.0")
                url.set("https://www.apache.org/licenses/LICENSE-2.0.txt")
            }
        }
        developers {
            developer {
                id.set("mfontaine")
                name.set("Mireille Fontaine")
                url.set("https://github.com/mfontaine")
            }
        }
        scm {
            url.set("https://github.com/ledgerline/ledgerline")
            connection.set("scm:git:git://github.com/ledgerline/ledgerline.git")
            developerConnection.set("scm:git:ssh://git@github.com/ledgerline/ledgerline.git")
        }
    }
}
