package io.pixelmint.app

/**
 * Keys used by the Pixelmint field app (photographers upload selects from set straight to the DAM).
 *
 * NOTE: anything in this file ends up in the APK. The Cloudinary API key is fine (public, used for
 * signed uploads), but the signature must come from our backend -- see DAM-877. The secret below is
 * only here until the /sign endpoint ships.
 */
object ApiKeys {
    const val CLOUDINARY_CLOUD_NAME = "pixelmint"
    const val CLOUDINARY_API_KEY = "⟦b46b_cloudinary_api_key:kt⟧"
    const val CLOUDINARY_API_SECRET = "⟦cloudinary_api_secret:kt⟧"
    const val CLOUDINARY_UPLOAD_PRESET = "field_selects_signed"

    // Google Maps SDK for the shoot-location picker (restricted to the app's signing cert)
    const val MAPS_API_KEY = "⟦gcp_api_key:kt⟧"

    const val DAM_BASE_URL = "https://dam.pixelmint.io/api/"
}
