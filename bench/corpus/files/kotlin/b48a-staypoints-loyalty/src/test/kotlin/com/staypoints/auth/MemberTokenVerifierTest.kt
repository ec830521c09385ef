package com.staypoints.auth

import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith

/**
 * Verifier tests. Keys here are throwaway test fixtures: the HS256 secret is a placeholder and the RSA
 * key is the PUBLIC half of the test key pair (the private half is generated per run in TestKeys).
 */
class MemberTokenVerifierTest {

    private val hsSecret = "test-secret-not-for-production-000000000000"

    private val rsaPublicPem = """
⟦pubkey_pem:testkey⟧
    """.trimIndent()

    private val verifier = MemberTokenVerifier(
        issuer = "https://id.staypoints.test/",
        audience = "loyalty-api",
        hmacSecret = hsSecret,
        rsaPublicKeyPem = rsaPublicPem,
    )

    @Test
    fun `accepts a token minted by TestKeys`() {
        val token = TestKeys.mintHs256(hsSecret, subject = "SP-10042377", tier = "GOLD")
        assertEquals("SP-10042377", verifier.verify(token).subject)
    }

    @Test
    fun `rejects a token signed with another secret`() {
        val token = TestKeys.mintHs256("changeme", subject = "SP-10042377", tier = "GOLD")
        assertFailsWith<InvalidTokenException> { verifier.verify(token) }
    }

    @Test
    fun `rejects the alg none token`() {
        val unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJTUC0xMDA0MjM3NyJ9."
        assertFailsWith<InvalidTokenException> { verifier.verify(unsigned) }
    }
}
