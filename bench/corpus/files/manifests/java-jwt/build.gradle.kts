plugins {
    kotlin("jvm") version "1.9.23"
    id("org.springframework.boot") version "3.2.3"
    id("io.spring.dependency-management") version "1.1.4"
}

group = "com.northwind"
version = "1.0.0"

repositories {
    mavenCentral()
    maven {
        url = uri("https://maven.pkg.github.com/northwind/packages")
        credentials {
            username = providers.gradleProperty("gpr.user").orNull ?: System.getenv("GITHUB_ACTOR")
            password = providers.gradleProperty("gpr.key").orNull ?: System.getenv("GITHUB_TOKEN")
        }
    }
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-oauth2-resource-server")
    implementation("org.springframework.security:spring-security-crypto")
    implementation("io.jsonwebtoken:jjwt-api:0.12.5")
    implementation("com.password4j:password4j:1.8.1")
    implementation("com.northwind:token-client:2.1.0")
    runtimeOnly("io.jsonwebtoken:jjwt-impl:0.12.5")
    testImplementation("org.springframework.boot:spring-boot-starter-test")
}
