package com.orchard.app.flags

import android.content.Context
import com.flagsmith.Flagsmith
import com.statsig.androidsdk.Statsig
import com.statsig.androidsdk.StatsigOptions
import com.statsig.androidsdk.StatsigUser
import com.orchard.app.BuildConfig
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.launch

/**
 * Client-side flag wiring. Both keys below are *client* keys and ship inside the APK on purpose:
 * Flagsmith calls them "client-side environment keys" and Statsig "client SDK keys"; neither can
 * read server-only data or change configuration. Server keys stay in the backend.
 */
object FeatureFlags {

    private const val FLAGSMITH_ENV_KEY = "⟦b39a_flagsmith_client_key:android⟧"
    private const val STATSIG_CLIENT_KEY = "⟦b39a_statsig_client_key:android⟧"

    private lateinit var flagsmith: Flagsmith

    fun init(context: Context, scope: CoroutineScope, userId: String?) {
        flagsmith = Flagsmith(
            environmentKey = FLAGSMITH_ENV_KEY,
            context = context,
            enableAnalytics = true,
            cacheConfig = com.flagsmith.FlagsmithCacheConfig(enableCache = true),
        )
        scope.launch {
            Statsig.initialize(
                application = context.applicationContext as android.app.Application,
                sdkKey = STATSIG_CLIENT_KEY,
                user = StatsigUser(userId),
                options = StatsigOptions(environment = com.statsig.androidsdk.StatsigEnvironment().apply {
                    tier = if (BuildConfig.DEBUG) "development" else "production"
                }),
            )
        }
    }

    fun isEnabled(feature: String, default: Boolean = false): Boolean =
        runCatching { flagsmith.hasFeatureFlagSync(feature).getOrNull() ?: default }.getOrDefault(default)

    fun checkoutExperimentGroup(): String =
        Statsig.getExperiment("checkout_v3").getString("variant", "control")
}
