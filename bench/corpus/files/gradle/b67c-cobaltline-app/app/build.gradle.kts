plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
    id("com.google.firebase.crashlytics")
    kotlin("kapt")
}

android {
    namespace = "io.cobaltline.app"
    compileSdk = 34

    defaultConfig {
        applicationId = "io.cobaltline.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 41207
        versionName = "4.12.0"

        buildConfigField("String", "API_BASE", "\"https://api.cobaltline.io/v4\"")
        buildConfigField("String", "COGNITO_POOL_ID", "\"⟦b64b_cognito_user_pool_id⟧\"")
        buildConfigField("String", "COGNITO_CLIENT_ID", "\"⟦b64b_cognito_app_client_id⟧\"")
        // BLE unlock: the app HMACs the lock's challenge with this key when the phone is offline
        // (guest keys only; owner keys use the per-device ECDH session). Rotated per major release.
        buildConfigField("String", "BLE_GUEST_HMAC_KEY", "\"⟦b67c_hmac_key_hex:ble⟧\"")
        buildConfigField("String", "MATTER_VENDOR_ID", "\"0x8A21\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/cobaltline-upload.jks")
            storePassword = "Cobaltline#Upload2021"
            keyAlias = "upload"
            keyPassword = "Cobaltline#Upload2021"
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            signingConfig = signingConfigs.getByName("release")
        }
        debug {
            applicationIdSuffix = ".debug"
            buildConfigField("String", "API_BASE", "\"https://api-staging.cobaltline.io/v4\"")
        }
    }

    buildFeatures {
        buildConfig = true
        compose = true
    }
    composeOptions { kotlinCompilerExtensionVersion = "1.5.11" }
    kotlinOptions { jvmTarget = "17" }
}

dependencies {
    implementation(platform("com.google.firebase:firebase-bom:33.0.0"))
    implementation("com.google.firebase:firebase-messaging")
    implementation("com.google.firebase:firebase-crashlytics")
    implementation("com.amplifyframework:aws-auth-cognito:2.16.1")
    implementation("com.google.android.gms:play-services-home:16.0.0")
    implementation("androidx.compose.material3:material3:1.2.1")
    implementation("com.polidea.rxandroidble3:rxandroidble:1.17.2")
}
