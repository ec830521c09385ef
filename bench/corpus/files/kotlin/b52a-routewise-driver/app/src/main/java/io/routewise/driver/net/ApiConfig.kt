package io.routewise.driver.net

import io.routewise.driver.BuildConfig
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import java.util.concurrent.TimeUnit

/**
 * Network configuration for the Routewise Driver app (DVIR, messages, route stops).
 *
 * The Mapbox public token ships in the APK on purpose (it is URL-restricted in the Mapbox account).
 * The driver API itself authenticates with the per-driver session token from /v2/auth/pin.
 */
object ApiConfig {
    const val BASE_URL = "https://driver-api.routewise.io/v2/"
    const val STAGING_URL = "https://driver-api.staging.routewise.io/v2/"

    // public, scoped to styles:tiles + fonts; fine to ship
    const val MAPBOX_PUBLIC_TOKEN = "⟦mapbox_public_token:driver⟧"

    // Device-provisioning key for the rugged tablets (Samsung Active) that fleets buy through us.
    // The MDM enrollment calls /v2/devices/provision with it before any driver logs in.
    // TODO: move to the MDM managed config; this is in every APK we ship (RW-1288)
    private const val PROVISIONING_KEY = "⟦generic_api_key_alnum40:provision⟧"

    // Old staging key, replaced 2024-10; kept for the QA build flavor until QA updates their devices
    // private const val PROVISIONING_KEY_STAGING = "⟦generic_api_key_alnum40:provisionstg⟧"

    fun client(sessionToken: () -> String?): OkHttpClient {
        val auth = Interceptor { chain ->
            val b = chain.request().newBuilder()
                .header("User-Agent", "RoutewiseDriver/${BuildConfig.VERSION_NAME} (Android)")
            val path = chain.request().url.encodedPath
            if (path.endsWith("/devices/provision")) {
                b.header("X-Provisioning-Key", PROVISIONING_KEY)
            } else {
                sessionToken()?.let { b.header("Authorization", "Bearer $it") }
            }
            chain.proceed(b.build())
        }
        val log = HttpLoggingInterceptor().apply {
            level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
            redactHeader("Authorization")
            redactHeader("X-Provisioning-Key")
        }
        return OkHttpClient.Builder()
            .connectTimeout(15, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .addInterceptor(auth)
            .addInterceptor(log)
            .build()
    }
}
