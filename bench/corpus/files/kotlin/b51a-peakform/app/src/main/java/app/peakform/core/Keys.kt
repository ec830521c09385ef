package app.peakform.core

/**
 * Keys compiled into the athlete app. Everything here ships inside the APK, so only
 * publishable/client-side values belong in this file.
 */
object Keys {
    const val REVENUECAT_ANDROID = BuildConfig.REVENUECAT_ANDROID_KEY

    const val STRAVA_CLIENT_ID = "⟦b51a_strava_client_id:pf⟧"

    const val MAPBOX_PUBLIC = "⟦mapbox_public_token:android⟧"

    const val ONESIGNAL_APP_ID = "⟦uuid:onesignal⟧"

    // Needed for the in-app token exchange until the backend /connect/strava endpoint ships.
    // TODO(lucas): remove — anyone can unzip the APK and read this
    const val STRAVA_CLIENT_SECRET = "⟦b43a_strava_client_secret:pf⟧"

    // Polar AccessLink is server-side only; the app just opens the authorize URL
    const val POLAR_CLIENT_ID = "⟦b51a_polar_client_id:pf⟧"

    // Sentry DSN (public by design)
    const val SENTRY_DSN = "⟦sentry_dsn:android⟧"
}
