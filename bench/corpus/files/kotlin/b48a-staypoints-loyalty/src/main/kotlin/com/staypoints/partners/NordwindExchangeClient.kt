package com.staypoints.partners

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import kotlinx.serialization.Serializable
import java.util.UUID
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

@Serializable
data class MilesTransfer(val memberNumber: String, val frequentFlyerNumber: String, val points: Long, val reference: String)

@Serializable
data class MilesTransferResult(val transferId: String, val miles: Long, val status: String)

/**
 * Points-to-miles exchange with Nordwind Miles. Requests carry X-Api-Key and an HMAC of the body.
 *
 * Old key (revoked 2023-10-02 after the partner's breach notice): 3f9a... see SEC-51.
 */
class NordwindExchangeClient(
    private val http: HttpClient,
    private val baseUrl: String = "https://api.nordwind-miles.example/exchange",
    private val apiKey: String = System.getenv("NORDWIND_API_KEY") ?: "⟦generic_api_key_hex32:nordwind⟧",
    private val signingKey: String = System.getenv("NORDWIND_SIGNING_KEY") ?: "⟦encryption_key_hex:nordwindsign⟧",
) {
    suspend fun transfer(t: MilesTransfer): MilesTransferResult {
        val body = kotlinx.serialization.json.Json.encodeToString(MilesTransfer.serializer(), t)
        return http.post("$baseUrl/transfers") {
            contentType(ContentType.Application.Json)
            header("X-Api-Key", apiKey)
            header("X-Request-Id", UUID.randomUUID().toString())
            header("X-Signature", sign(body))
            setBody(body)
        }.body()
    }

    private fun sign(body: String): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(signingKey.toByteArray(), "HmacSHA256"))
        return mac.doFinal(body.toByteArray()).joinToString("") { "%02x".format(it) }
    }
}
