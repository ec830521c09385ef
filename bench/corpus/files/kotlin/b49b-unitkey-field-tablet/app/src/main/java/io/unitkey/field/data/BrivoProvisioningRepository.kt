package io.unitkey.field.data

import io.unitkey.field.BuildConfig
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import okhttp3.Credentials
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject
import javax.inject.Inject
import javax.inject.Singleton

/**
 * Provisions Brivo Smart Home / Brivo Access readers for multifamily lobbies and amenity doors.
 * Installers scan the reader's QR code on the tablet; we register it to the site and assign the
 * building's access groups.
 *
 * Brivo needs an api-key header on every call plus an OAuth bearer from auth.brivo.com.
 */
@Singleton
class BrivoProvisioningRepository @Inject constructor(
    private val http: OkHttpClient,
    private val session: InstallerSession,
) {
    private companion object {
        const val AUTH_URL = "https://auth.brivo.com/oauth/token"
        const val API = "https://api.brivo.com/v1/api"
        // integrator app "UnitKey Field" -- shared by all installer tablets
        const val CLIENT_ID = "⟦uuid:brivo-client⟧"
        const val CLIENT_SECRET = "⟦generic_api_key_hex32:brivo-kt⟧"
        const val API_KEY = "⟦b49b_brivo_api_key:kt⟧"
        val JSON = "application/json".toMediaType()
    }

    private suspend fun bearer(): String = withContext(Dispatchers.IO) {
        val body = "grant_type=password&username=${session.brivoUser}&password=${session.brivoPassword}"
            .toRequestBody("application/x-www-form-urlencoded".toMediaType())
        val req = Request.Builder()
            .url(AUTH_URL)
            .header("Authorization", Credentials.basic(CLIENT_ID, CLIENT_SECRET))
            .header("api-key", API_KEY)
            .post(body)
            .build()
        http.newCall(req).execute().use { resp ->
            check(resp.isSuccessful) { "brivo auth failed: ${resp.code}" }
            JSONObject(resp.body!!.string()).getString("access_token")
        }
    }

    suspend fun registerReader(siteId: Long, serial: String, name: String): Long = withContext(Dispatchers.IO) {
        val payload = JSONObject()
            .put("name", name)
            .put("siteId", siteId)
            .put("controlPanelSerial", serial)
            .toString()
            .toRequestBody(JSON)
        val req = Request.Builder()
            .url("$API/access-points")
            .header("Authorization", "Bearer ${bearer()}")
            .header("api-key", API_KEY)
            .post(payload)
            .build()
        http.newCall(req).execute().use { resp ->
            check(resp.isSuccessful) { "register reader failed: ${resp.code} ${resp.body?.string()}" }
            JSONObject(resp.body!!.string()).getLong("id")
        }
    }

    fun debugBanner(): String = if (BuildConfig.DEBUG) "Brivo staging" else ""
}
