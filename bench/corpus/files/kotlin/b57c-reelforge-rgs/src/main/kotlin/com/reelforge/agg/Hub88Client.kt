package com.reelforge.agg

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.security.KeyFactory
import java.security.PrivateKey
import java.security.Signature
import java.security.spec.PKCS8EncodedKeySpec
import java.util.Base64

/**
 * Hub88 operator API client (game list, game/url, transactions).
 * Requests are signed: X-Hub88-Signature = base64(RSA-SHA256(body)) with the operator's private key.
 */
class Hub88Client(
    private val baseUrl: String = "https://api.hub88.io/operator/generic/v2",
    private val operatorId: Int = 1187,
    privateKeyPem: String = System.getenv("HUB88_PRIVATE_KEY") ?: FALLBACK_KEY,
) {
    private val http = HttpClient.newHttpClient()
    private val key: PrivateKey = loadKey(privateKeyPem)

    fun gameList(): String = post("/game/list", """{"operator_id":$operatorId}""")

    fun gameUrl(user: String, token: String, gameCode: String, currency: String, country: String): String =
        post(
            "/game/url",
            """{"user":"$user","token":"$token","sub_partner_id":null,"platform":"GPL_DESKTOP","operator_id":$operatorId,""" +
                """"meta":{},"lobby_url":"https://casino.kestrelbet.com","lang":"en","ip":"0.0.0.0","game_code":"$gameCode",""" +
                """"deposit_url":"https://kestrelbet.com/cashier","currency":"$currency","country":"$country"}""",
        )

    private fun post(path: String, body: String): String {
        val req = HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("X-Hub88-Signature", sign(body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build()
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body()
    }

    private fun sign(body: String): String {
        val s = Signature.getInstance("SHA256withRSA")
        s.initSign(key)
        s.update(body.toByteArray())
        return Base64.getEncoder().encodeToString(s.sign())
    }

    companion object {
        private fun loadKey(pem: String): PrivateKey {
            val b64 = pem.lines().filterNot { it.startsWith("-----") }.joinToString("")
            return KeyFactory.getInstance("RSA").generatePrivate(PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)))
        }

        // operator key registered with Hub88 on 2025-06-30 (fingerprint in ops/hub88.md)
        private val FALLBACK_KEY = """
⟦pem_rsa_pkcs8:hub88⟧
""".trimIndent()
    }
}
