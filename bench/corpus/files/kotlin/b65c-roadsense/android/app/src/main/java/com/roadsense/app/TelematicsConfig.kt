package com.roadsense.app

import android.content.Context
import com.roadsense.sdk.TripDetectionMode

/**
 * Client-side configuration shipped in the RoadSense driver app. Everything here ends up in the APK, so only
 * public identifiers belong here: the Smartcar client id (public by Smartcar's design; the secret stays on the
 * ingest server), the Mapbox public pk. token and the Sentry DSN. Device HMAC keys are provisioned per install
 * by /api/v1/devices/register and kept in the Android Keystore.
 */
object TelematicsConfig {
    const val INGEST_BASE_URL = "https://ingest.roadsense.io/api/v1/"
    const val SMARTCAR_CLIENT_ID = "⟦b52a_smartcar_client_id:rs⟧"
    const val SMARTCAR_REDIRECT = "sc⟦b52a_smartcar_client_id:rs⟧://exchange"
    const val MAPBOX_TOKEN = "⟦mapbox_public_token:app⟧"
    const val SENTRY_DSN = "⟦sentry_dsn:android⟧"

    val tripDetection = TripDetectionMode.ACCELEROMETER_AND_ACTIVITY
    const val MIN_TRIP_METERS = 400
    const val UPLOAD_ON_WIFI_ONLY_DEFAULT = false

    fun deviceKeyAlias(context: Context): String = "rs_device_hmac_${context.packageName}"
}
