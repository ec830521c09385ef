plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.devtools.ksp")
    id("com.google.dagger.hilt.android")
}

android {
    namespace = "io.unitkey.field"
    compileSdk = 34

    defaultConfig {
        applicationId = "io.unitkey.field"
        minSdk = 28
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"

        buildConfigField("String", "API_BASE", "\"https://api.unitkey.io/v3/\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/unitkey-field.jks")
            storePassword = "UnitKey-Store-2023"
            keyAlias = "field"
            keyPassword = "UnitKey-Store-2023"
        }
    }

    buildTypes {
        debug {
            applicationIdSuffix = ".debug"
            // installers pair locks directly from the tablet in the staging workspace
            buildConfigField("String", "SEAM_KEY", "\"⟦b49b_seam_api_key:staging⟧\"")
            buildConfigField("String", "REMOTELOCK_CLIENT_ID", "\"⟦b49b_remotelock_client_id:staging⟧\"")
            buildConfigField("String", "REMOTELOCK_CLIENT_SECRET", "\"⟦b49b_remotelock_client_secret:staging⟧\"")
        }
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            signingConfig = signingConfigs.getByName("release")
            // release builds get a short-lived token from api.unitkey.io after installer login
            buildConfigField("String", "SEAM_KEY", "\"\"")
            buildConfigField("String", "REMOTELOCK_CLIENT_ID", "\"\"")
            buildConfigField("String", "REMOTELOCK_CLIENT_SECRET", "\"\"")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = "17" }
    buildFeatures {
        compose = true
        buildConfig = true
    }
    composeOptions { kotlinCompilerExtensionVersion = "1.5.11" }
}

dependencies {
    implementation(platform("androidx.compose:compose-bom:2024.04.01"))
    implementation("androidx.compose.material3:material3")
    implementation("androidx.activity:activity-compose:1.9.0")
    implementation("com.google.dagger:hilt-android:2.51.1")
    ksp("com.google.dagger:hilt-compiler:2.51.1")
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    implementation("com.squareup.retrofit2:converter-moshi:2.11.0")
    implementation("com.squareup.okhttp3:logging-interceptor:4.12.0")
    implementation("no.nordicsemi.android:ble-ktx:2.7.5")
    testImplementation("junit:junit:4.13.2")
}
