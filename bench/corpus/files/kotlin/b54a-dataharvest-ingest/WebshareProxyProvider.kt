package io.dataharvest.ingest.proxy

import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json
import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request
import java.net.InetSocketAddress
import java.net.Proxy
import java.time.Duration
import java.time.Instant

@Serializable
data class WebshareProxy(
    val username: String,
    val password: String,
    val proxy_address: String,
    val port: Int,
    val valid: Boolean,
    val country_code: String,
)

@Serializable
data class WebshareList(val count: Int, val results: List<WebshareProxy>)

/**
 * Refreshes the Webshare proxy list every [refresh] and hands out proxies round-robin.
 * The API key comes from Spring config (dataharvest.webshare.api-key).
 */
class WebshareProxyProvider(
    private val apiKey: String,
    private val refresh: Duration = Duration.ofHours(6),
) {
    private val http = OkHttpClient()
    private val json = Json { ignoreUnknownKeys = true }
    private var proxies: List<WebshareProxy> = emptyList()
    private var fetchedAt: Instant = Instant.EPOCH
    private var cursor = 0

    @Synchronized
    fun next(): Pair<Proxy, String> {
        if (proxies.isEmpty() || Instant.now().isAfter(fetchedAt.plus(refresh))) reload()
        val p = proxies[cursor++ % proxies.size]
        val proxy = Proxy(Proxy.Type.HTTP, InetSocketAddress(p.proxy_address, p.port))
        return proxy to Credentials.basic(p.username, p.password)
    }

    private fun reload() {
        val req = Request.Builder()
            .url("https://proxy.webshare.io/api/v2/proxy/list/?mode=direct&page_size=250")
            .header("Authorization", "Token $apiKey")
            .build()
        http.newCall(req).execute().use { resp ->
            check(resp.isSuccessful) { "webshare list failed: ${resp.code}" }
            proxies = json.decodeFromString<WebshareList>(resp.body!!.string()).results.filter { it.valid }
            fetchedAt = Instant.now()
        }
    }

    companion object {
        // scratch main for checking the list from the IDE
        @JvmStatic
        fun main(args: Array<String>) {
            val provider = WebshareProxyProvider(System.getenv("WEBSHARE_API_KEY") ?: "⟦b54a_webshare_api_key:kt⟧")
            repeat(3) { println(provider.next().first) }
        }
    }
}
