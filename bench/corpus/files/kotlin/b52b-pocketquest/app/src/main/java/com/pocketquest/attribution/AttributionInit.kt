package com.pocketquest.attribution

import android.app.Application
import android.util.Log
import com.adjust.sdk.Adjust
import com.adjust.sdk.AdjustConfig
import com.adjust.sdk.LogLevel
import io.branch.referral.Branch
import com.pocketquest.BuildConfig

/**
 * Initialises the attribution SDKs on app start.
 *
 * Every value here is compiled into the APK and is public by design:
 *  - the Adjust app token identifies the app to Adjust's SDK endpoints,
 *  - the Branch key (key_live_…) is Branch's public app key,
 *  - event tokens are short ids of the events configured in the Adjust dashboard.
 * Server credentials (S2S tokens, Branch secret, report API tokens) live only in
 * the backend (see pq-backend/attribution).
 */
object AttributionInit {

    private const val TAG = "Attribution"

    private const val ADJUST_APP_TOKEN = "⟦b52b_adjust_app_token:android⟧"

    object Events {
        const val TUTORIAL_COMPLETE = "k3x9qa"
        const val FIRST_PURCHASE = "w81fz2"
        const val LEVEL_10 = "p0d7mv"
        const val AD_WATCHED = "t5cb1e"
    }

    fun init(app: Application) {
        val env = if (BuildConfig.DEBUG) AdjustConfig.ENVIRONMENT_SANDBOX else AdjustConfig.ENVIRONMENT_PRODUCTION
        val config = AdjustConfig(app, ADJUST_APP_TOKEN, env).apply {
            setLogLevel(if (BuildConfig.DEBUG) LogLevel.VERBOSE else LogLevel.WARN)
            setSendInBackground(true)
            setOnAttributionChangedListener { attribution ->
                Log.i(TAG, "adjust attribution: network=${attribution.network} campaign=${attribution.campaign}")
            }
        }
        Adjust.initSdk(config)

        // Branch reads io.branch.sdk.BranchKey from the manifest; calling with the
        // explicit key keeps the debug flavour on the test key.
        if (BuildConfig.DEBUG) {
            Branch.enableLogging()
        }
        Branch.getAutoInstance(app, "⟦b52b_branch_key:android⟧")
    }
}
