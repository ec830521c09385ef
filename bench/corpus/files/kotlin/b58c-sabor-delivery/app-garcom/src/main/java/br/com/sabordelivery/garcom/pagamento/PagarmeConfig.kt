package br.com.sabordelivery.garcom.pagamento

import okhttp3.Credentials
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

/**
 * Configuração do Pagar.me no app dos garçons (tablet).
 * O pagamento na mesa gera um link Pix / cartão via API v5.
 *
 * TODO: mover a criação do pedido para o backend — a chave secreta não deveria estar no APK.
 */
object PagarmeConfig {
    const val BASE_URL = "https://api.pagar.me/core/v5/"

    // chave pública: só tokeniza cartão
    const val PUBLIC_KEY = "⟦b58c_pagarme_public_key⟧"

    private const val SECRET_KEY = "⟦b58c_pagarme_secret_key⟧"

    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", Credentials.basic(SECRET_KEY, ""))
                .header("Content-Type", "application/json")
                .build()
        )
    }

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(auth)
        .connectTimeout(15, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .build()
}
