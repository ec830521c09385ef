package com.northwind.app

object ApiKeys {
    const val MAPS = "⟦gcp_api_key⟧"
    const val REVENUECAT_SECRET = "sk_⟦generic_api_key_alnum40:rc|slice=0-32⟧"
    const val ALGOLIA_ADMIN = "⟦algolia_admin_key⟧"
    const val ONESIGNAL_REST = "⟦generic_api_key_alnum40:os⟧"
    const val ANALYTICS_SITE_ID = "NW-ANDROID-01"
}
