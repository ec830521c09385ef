package uk.co.kestrel.sync

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.forms.submitForm
import io.ktor.client.request.get
import io.ktor.client.request.parameter
import io.ktor.http.Parameters
import kotlinx.serialization.Serializable
import java.time.Instant

/**
 * Pulls transactions from the founders' own Monzo Business accounts into the treasury dashboard.
 * Monzo's developer API is only for your own accounts (or a handful of allow-listed users), which is
 * all we need here.
 */
class MonzoSync(
    private val http: HttpClient,
    private val tokens: TokenStore,
) {
    companion object {
        private const val API = "https://api.monzo.com"
        const val CLIENT_ID = "⟦b66a_monzo_client_id:kt⟧"

        // Bootstrap tokens from the API playground (Alex's business account). The refresh token keeps
        // this alive once the store has been seeded; delete after first run.
        internal const val BOOTSTRAP_ACCESS_TOKEN = "⟦b66a_monzo_access_token:kt⟧"
        internal const val BOOTSTRAP_REFRESH_TOKEN = "⟦b66a_monzo_refresh_token:kt⟧"
        internal const val TREASURY_ACCOUNT_ID = "⟦b66a_monzo_id:acc⟧"
    }

    @Serializable
    data class TokenResponse(val access_token: String, val refresh_token: String, val expires_in: Long, val user_id: String)

    @Serializable
    data class Transaction(val id: String, val created: String, val amount: Long, val currency: String, val description: String)

    @Serializable
    data class Transactions(val transactions: List<Transaction>)

    suspend fun refresh(clientSecret: String): TokenResponse {
        val current = tokens.load() ?: Tokens(BOOTSTRAP_ACCESS_TOKEN, BOOTSTRAP_REFRESH_TOKEN)
        val resp: TokenResponse = http.submitForm(
            url = "$API/oauth2/token",
            formParameters = Parameters.build {
                append("grant_type", "refresh_token")
                append("client_id", CLIENT_ID)
                append("client_secret", clientSecret)
                append("refresh_token", current.refresh)
            },
        ).body()
        tokens.save(Tokens(resp.access_token, resp.refresh_token))
        return resp
    }

    suspend fun since(after: Instant): List<Transaction> {
        val t = tokens.load() ?: Tokens(BOOTSTRAP_ACCESS_TOKEN, BOOTSTRAP_REFRESH_TOKEN)
        val res: Transactions = http.get("$API/transactions") {
            bearerAuth(t.access)
            parameter("account_id", TREASURY_ACCOUNT_ID)
            parameter("since", after.toString())
            parameter("limit", 100)
        }.body()
        return res.transactions
    }
}

data class Tokens(val access: String, val refresh: String)

interface TokenStore {
    fun load(): Tokens?
    fun save(t: Tokens)
}
