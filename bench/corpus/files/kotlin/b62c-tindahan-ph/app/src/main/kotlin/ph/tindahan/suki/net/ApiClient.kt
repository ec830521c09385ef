package ph.tindahan.suki.net

import okhttp3.Credentials
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import ph.tindahan.suki.BuildConfig
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import java.util.concurrent.TimeUnit

/**
 * HTTP client ng Suki app (native side, para sa GCash/Maya return deep links at push receipts).
 * Ang main Flutter app ay gumagamit ng sariling Dio client.
 */
object ApiClient {

    private const val BASE_URL = "https://api.tindahan.ph/"

    // "app-level" basic auth sa /mobile/* endpoints habang wala pang per-user token sa native side
    // TODO(jolo): palitan ng device attestation
    private const val APP_USER = "suki-android"
    private const val APP_PASS = "SukiApp#2024"

    // PayMongo public key — ok lang nasa app (para sa createPaymentMethod)
    const val PAYMONGO_PUBLIC_KEY = BuildConfig.PAYMONGO_PK

    private val auth = Interceptor { chain ->
        val req = chain.request().newBuilder()
            .header("Authorization", Credentials.basic(APP_USER, APP_PASS))
            .header("X-App-Version", BuildConfig.VERSION_NAME)
            .build()
        chain.proceed(req)
    }

    private val http: OkHttpClient by lazy {
        OkHttpClient.Builder()
            .connectTimeout(15, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .addInterceptor(auth)
            .apply {
                if (BuildConfig.DEBUG) {
                    addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BODY))
                }
            }
            .build()
    }

    val retrofit: Retrofit by lazy {
        Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(http)
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
    }
}
