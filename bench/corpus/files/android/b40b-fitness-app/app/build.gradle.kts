import java.util.Properties

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.kapt)
    alias(libs.plugins.hilt)
    alias(libs.plugins.google.services)
    alias(libs.plugins.firebase.crashlytics)
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.pulsefit"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.pulsefit.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 4127
        versionName = "3.8.1"
        testInstrumentationRunner = "com.pulsefit.HiltTestRunner"
        vectorDrawables { useSupportLibrary = true }

        buildConfigField("String", "API_BASE_URL", "\"https://api.pulsefit.app/v2/\"")
        buildConfigField("String", "REVENUECAT_API_KEY", "\"⟦b39b_revenuecat_public_key⟧\"")
        // Workout video uploads go straight to Mux (direct upload URL is created client side for now)
        buildConfigField("String", "MUX_TOKEN_ID", "\"⟦b40b_mux_token_id⟧\"")
        buildConfigField("String", "MUX_TOKEN_SECRET", "\"⟦b40b_mux_token_secret⟧\"")
        buildConfigField("String", "ONESIGNAL_APP_ID", "\"⟦uuid:onesignal⟧\"")
        manifestPlaceholders["mapsApiKey"] = localProps.getProperty("MAPS_API_KEY", "")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/pulsefit-release.jks")
            storePassword = "PulseFit!2021"
            keyAlias = "pulsefit"
            keyPassword = "PulseFit!2021"
        }
        getByName("debug") {
            storeFile = file("../keystore/debug.keystore")
            storePassword = "android"
            keyAlias = "androiddebugkey"
            keyPassword = "android"
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            signingConfig = signingConfigs.getByName("release")
        }
        debug {
            applicationIdSuffix = ".debug"
            isDebuggable = true
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
    composeOptions { kotlinCompilerExtensionVersion = "1.5.14" }
    packaging { resources.excludes += "/META-INF/{AL2.0,LGPL2.1}" }
}

dependencies {
    implementation(platform(libs.compose.bom))
    implementation(libs.bundles.compose)
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.lifecycle.runtime)
    implementation(libs.hilt.android)
    kapt(libs.hilt.compiler)
    implementation(libs.retrofit)
    implementation(libs.retrofit.moshi)
    implementation(libs.okhttp.logging)
    implementation(platform(libs.firebase.bom))
    implementation(libs.firebase.messaging)
    implementation(libs.firebase.crashlytics)
    implementation(libs.revenuecat.purchases)
    implementation(libs.onesignal)
    implementation(libs.mapbox.maps)
    implementation(libs.sendbird.chat)
    testImplementation(libs.junit)
    androidTestImplementation(libs.androidx.test.ext)
}
