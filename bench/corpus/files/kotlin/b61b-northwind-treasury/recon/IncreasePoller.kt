package com.northwind.treasury.recon

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.time.Instant
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json

/**
 * Polls Increase for new transactions on the operating accounts and hands them
 * to the matcher. Runs every 10 minutes from the recon scheduler.
 */
class IncreasePoller(
    private val apiKey: String = System.getenv("INCREASE_API_KEY")
        ?: "⟦b61b_increase_api_key⟧", // prod key, TODO move to vault before Q1 audit
    private val baseUrl: String = System.getenv("INCREASE_URL") ?: "https://api.increase.com",
    private val accountIds: List<String> = listOf("account_in71c4amph0vgo2qllky", "account_b9x2d0fqk3m7w1r8t4zu"),
) {
    // shared secret of the Event Subscription that posts to /hooks/increase
    private val webhookSecret: String = System.getenv("INCREASE_WEBHOOK_SECRET") ?: "⟦b61b_increase_webhook_secret⟧"
    private val http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
    private val json = Json { ignoreUnknownKeys = true }

    @Serializable
    data class Transaction(
        val id: String,
        val account_id: String,
        val amount: Long,
        val currency: String,
        val description: String,
        val created_at: String,
        val route_type: String? = null,
    )

    @Serializable
    data class Page(val data: List<Transaction>, val next_cursor: String? = null)

    fun poll(since: Instant): List<Transaction> =
        accountIds.flatMap { fetchAll(it, since) }

    private fun fetchAll(accountId: String, since: Instant): List<Transaction> {
        val out = mutableListOf<Transaction>()
        var cursor: String? = null
        do {
            val url = buildString {
                append("$baseUrl/transactions?account_id=$accountId&limit=100")
                append("&created_at.on_or_after=$since")
                cursor?.let { append("&cursor=$it") }
            }
            val req = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer $apiKey")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build()
            val res = http.send(req, HttpResponse.BodyHandlers.ofString())
            check(res.statusCode() == 200) { "increase: ${res.statusCode()} ${res.body()}" }
            val page = json.decodeFromString(Page.serializer(), res.body())
            out += page.data
            cursor = page.next_cursor
        } while (cursor != null)
        return out
    }
}
