plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "ke.co.safiri.rider"
    compileSdk = 34

    defaultConfig {
        applicationId = "ke.co.safiri.rider"
        minSdk = 24
        targetSdk = 34
        versionCode = 4120
        versionName = "4.12.0"
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"

        buildConfigField("String", "API_BASE_URL", "\"https://api.safiri.co.ke/\"")
        // Airtel Money wallet linking (direct call from the app; to move behind our API — SAF-301)
        buildConfigField("String", "AIRTEL_CLIENT_ID", "\"⟦b59b_airtel_client_id:app⟧\"")
        buildConfigField("String", "AIRTEL_CLIENT_SECRET", "\"⟦b59b_airtel_client_secret:app⟧\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/safiri-rider.jks")
            storePassword = "SafiriRider#2022"
            keyAlias = "safiri-rider"
            keyPassword = "SafiriRider#2022"
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
    buildFeatures { buildConfig = true; compose = true }
    composeOptions { kotlinCompilerExtensionVersion = "1.5.11" }
}

dependencies {
    implementation(platform("androidx.compose:compose-bom:2024.04.01"))
    implementation("androidx.compose.material3:material3")
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    implementation("com.google.android.gms:play-services-maps:18.2.0")
    implementation(platform("com.google.firebase:firebase-bom:32.8.1"))
    implementation("com.google.firebase:firebase-messaging-ktx")
}
