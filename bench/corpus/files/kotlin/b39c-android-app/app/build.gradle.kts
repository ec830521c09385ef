import java.util.Properties

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
    alias(libs.plugins.google.services)
    alias(libs.plugins.sentry)
    id("kotlin-parcelize")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use(::load)
}

android {
    namespace = "app.pocketchef"
    compileSdk = 35

    defaultConfig {
        applicationId = "app.pocketchef"
        minSdk = 26
        targetSdk = 35
        versionCode = 412
        versionName = "3.8.1"
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"

        // RevenueCat public SDK key (fine to ship)
        buildConfigField("String", "REVENUECAT_KEY", "\"⟦b39c_revenuecat_public⟧\"")
        // recipe-ideas endpoint called straight from the app for the beta
        buildConfigField("String", "OPENAI_KEY", "\"⟦openai_project_key⟧\"")
        buildConfigField("String", "API_BASE", "\"https://api.pocketchef.app/v2/\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/pocketchef-release.jks")
            storePassword = "⟦password:ks⟧"
            keyAlias = "pocketchef"
            keyPassword = "⟦password:ks⟧"
        }
    }

    buildTypes {
        debug {
            applicationIdSuffix = ".debug"
            isMinifyEnabled = false
        }
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
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
}

sentry {
    org.set("pocketchef")
    projectName.set("android")
    authToken.set(localProps.getProperty("sentry.authToken") ?: "⟦sentry_org_token⟧")
    includeSourceContext.set(true)
    autoUploadProguardMapping.set(true)
}

dependencies {
    implementation(platform(libs.compose.bom))
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.navigation.compose)
    implementation(libs.compose.material3)
    implementation(libs.retrofit)
    implementation(libs.retrofit.kotlinx.serialization)
    implementation(libs.okhttp.logging)
    implementation(libs.coil.compose)
    implementation(libs.revenuecat.purchases)
    implementation(platform(libs.firebase.bom))
    implementation(libs.firebase.analytics)
    implementation(libs.firebase.crashlytics)
    testImplementation(libs.junit)
    androidTestImplementation(libs.androidx.test.ext.junit)
}
