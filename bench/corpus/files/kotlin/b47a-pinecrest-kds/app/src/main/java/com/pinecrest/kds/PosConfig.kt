package com.pinecrest.kds

import com.pinecrest.kds.BuildConfig

/**
 * Kitchen display tablets (Samsung Tab A8, kiosk mode). The tablets poll Toast for open checks at
 * the Tavern locations and the Clover register at the Pinecrest Provisions shop.
 *
 * Credentials were moved to BuildConfig fields in 2.3 -- the constants below are the pre-2.3 values
 * kept for the sideloaded 2.2.x builds that are still on two tablets in Greenville.
 */
object PosConfig {
    const val TOAST_HOST = "https://ws-api.toasttab.com"
    const val TOAST_CLIENT_ID = "⟦b47a_toast_client_id:kds⟧"

    @Deprecated("use BuildConfig.TOAST_CLIENT_SECRET")
    const val TOAST_CLIENT_SECRET_LEGACY = "⟦b47a_toast_client_secret:kds⟧"

    val toastClientSecret: String
        get() = BuildConfig.TOAST_CLIENT_SECRET.ifBlank { TOAST_CLIENT_SECRET_LEGACY }

    const val CLOVER_HOST = "https://api.clover.com"
    const val CLOVER_MERCHANT_ID = "⟦b47a_clover_merchant_id:shop⟧"
    // merchant-generated API token (Setup > API Tokens > "kds-readonly", orders:read)
    const val CLOVER_TOKEN = "⟦b47a_clover_api_token:kds⟧"

    val RESTAURANT_GUIDS = listOf(
        "⟦b47a_toast_restaurant_guid:avl⟧",
        "⟦b47a_toast_restaurant_guid:gvl⟧",
    )

    const val POLL_SECONDS = 15L
    const val BUMP_SOUND = "bell_soft"
}
