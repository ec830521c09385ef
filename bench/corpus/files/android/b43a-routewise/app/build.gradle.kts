import java.util.Properties

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.google.services)
    alias(libs.plugins.firebase.crashlytics)
    alias(libs.plugins.firebase.appdistribution)
    alias(libs.plugins.bugsnag)
}

val localProps = Properties().apply {
    rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) }
}

android {
    namespace = "io.routewise.driver"
    compileSdk = 34

    defaultConfig {
        applicationId = "io.routewise.driver"
        minSdk = 26
        targetSdk = 34
        versionCode = 2093
        versionName = "5.4.1"
        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("MAPS_API_KEY", "")
        manifestPlaceholders["BUGSNAG_API_KEY"] = "⟦b43a_bugsnag_notifier_key:bs⟧"
        buildConfigField("String", "ROUTING_API", "\"https://routing.routewise.io/v2\"")
        // Telematics vendor key for the driver-score SDK (server-to-server, should move to the backend)
        buildConfigField("String", "TELEMATICS_SECRET", "\"⟦generic_api_key_hex32:telematics⟧\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("RELEASE_STORE_FILE") ?: localProps.getProperty("RELEASE_STORE_FILE", "../keys/routewise-upload.jks"))
            storePassword = System.getenv("RELEASE_STORE_PASSWORD") ?: "Rw-Upload-2021"
            keyAlias = System.getenv("RELEASE_KEY_ALIAS") ?: "upload"
            keyPassword = System.getenv("RELEASE_KEY_PASSWORD") ?: localProps.getProperty("RELEASE_KEY_PASSWORD")
        }
    }

    buildTypes {
        getByName("release") {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            configure<com.google.firebase.crashlytics.buildtools.gradle.CrashlyticsExtension> {
                mappingFileUploadEnabled = true
                nativeSymbolUploadEnabled = true
            }
        }
        create("qa") {
            initWith(getByName("release"))
            applicationIdSuffix = ".qa"
            configure<com.google.firebase.appdistribution.gradle.AppDistributionExtension> {
                artifactType = "APK"
                groups = "qa-team, dispatch-pilots"
                serviceCredentialsFile = rootProject.file("keys/firebase-appdist.json").path
                releaseNotesFile = "release-notes.txt"
            }
        }
    }
}

bugsnag {
    uploadNdkMappings = true
    overwrite = true
}
