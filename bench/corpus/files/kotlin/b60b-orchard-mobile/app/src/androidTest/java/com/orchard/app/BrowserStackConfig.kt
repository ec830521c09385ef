package com.orchard.app

import io.appium.java_client.android.AndroidDriver
import io.appium.java_client.android.options.UiAutomator2Options
import java.net.URL

/**
 * Appium session on BrowserStack App Automate. Used by the nightly device matrix
 * (see .bitrise/nightly.yml). Locally, export BROWSERSTACK_USERNAME / BROWSERSTACK_ACCESS_KEY.
 */
object BrowserStackConfig {
    private val user: String = System.getenv("BROWSERSTACK_USERNAME") ?: "orchardqa_W3kTzp"
    private val auth: String = System.getenv("BROWSERSTACK_ACCESS_KEY") ?: "⟦b41c_browserstack_access_key:qa⟧"

    private const val HUB = "https://hub-cloud.browserstack.com/wd/hub"

    val devices = listOf(
        "Samsung Galaxy S23" to "13.0",
        "Google Pixel 8" to "14.0",
        "Xiaomi Redmi Note 12" to "13.0",
        "Samsung Galaxy A14" to "13.0",
    )

    fun driver(device: String, osVersion: String, appUrl: String, build: String): AndroidDriver {
        val options = UiAutomator2Options()
            .setPlatformVersion(osVersion)
            .setDeviceName(device)
            .setApp(appUrl)
            .amend("bstack:options", mapOf(
                "userName" to user,
                "accessKey" to auth,
                "projectName" to "orchard-android",
                "buildName" to build,
                "sessionName" to "checkout-smoke",
                "networkLogs" to true,
                "appiumVersion" to "2.4.1",
            ))
        return AndroidDriver(URL(HUB), options)
    }
}
