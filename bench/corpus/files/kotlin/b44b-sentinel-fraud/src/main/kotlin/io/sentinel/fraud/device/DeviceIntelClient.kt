package io.sentinel.fraud.device

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import kotlinx.serialization.Serializable
import org.slf4j.LoggerFactory

/**
 * Device intelligence lookups (Fingerprint Pro server API) for 3-D Secure step-up decisions.
 */
class DeviceIntelClient(
    private val http: HttpClient,
    private val apiKey: String = System.getenv("FPJS_SECRET_API_KEY") ?: DEFAULT_SECRET_KEY,
    private val region: String = System.getenv("FPJS_REGION") ?: "eu",
) {
    private val log = LoggerFactory.getLogger(DeviceIntelClient::class.java)

    suspend fun event(requestId: String): FingerprintEvent {
        log.debug("fingerprint lookup requestId={}", requestId)
        return http.post("https://$region.api.fpjs.io/events/$requestId") {
            header("Auth-API-Key", apiKey)
            contentType(ContentType.Application.Json)
            setBody("{}")
        }.body()
    }

    companion object {
        // public key is embedded in the web checkout (browser agent), that's fine
        const val PUBLIC_API_KEY = "⟦b44b_fpjs_public_key⟧"

        // secret server API key for the "sentinel-prod" workspace.
        // Was only meant for the load test in SEN-212; left as the default by accident.
        private const val DEFAULT_SECRET_KEY = "⟦b44b_fpjs_secret_key⟧"
    }
}

@Serializable
data class FingerprintEvent(val visitorId: String, val confidence: Double, val botd: String? = null)
