package com.pulsefit.net

import com.pulsefit.BuildConfig
import com.squareup.moshi.Moshi
import com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory
import dagger.Module
import dagger.Provides
import dagger.hilt.InstallIn
import dagger.hilt.components.SingletonComponent
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.GET
import retrofit2.http.Query
import java.util.concurrent.TimeUnit
import javax.inject.Named
import javax.inject.Singleton

interface WeatherApi {
    @GET("data/2.5/weather")
    suspend fun current(
        @Query("lat") lat: Double,
        @Query("lon") lon: Double,
        @Query("units") units: String = "metric",
        @Query("appid") appId: String = WEATHER_KEY,
    ): WeatherResponse

    companion object {
        // free tier key, 60 calls/min. Used to suggest indoor workouts when it rains.
        const val WEATHER_KEY = "⟦openweathermap_key⟧"
    }
}

interface SendbirdPlatformApi {
    @GET("v3/group_channels")
    suspend fun myChannels(@Query("members_include_in") userId: String, @Query("limit") limit: Int = 20): ChannelList
}

@Module
@InstallIn(SingletonComponent::class)
object ApiModule {

    private const val SENDBIRD_APP_ID = "6F2C1A9E-3B7D-4E58-9A0C-1D2E3F4A5B6C"

    // Platform API token: lets the coach dashboard list channels without a session token.
    // TODO(android): this must move server-side, it is a master token for the whole app
    private const val SENDBIRD_API_TOKEN = "⟦b40b_sendbird_api_token⟧"

    @Provides
    @Singleton
    fun moshi(): Moshi = Moshi.Builder().add(KotlinJsonAdapterFactory()).build()

    @Provides
    @Singleton
    fun okHttp(): OkHttpClient = OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .addInterceptor(HttpLoggingInterceptor().apply {
            level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
            redactHeader("Authorization")
            redactHeader("Api-Token")
        })
        .build()

    @Provides
    @Singleton
    fun weatherApi(client: OkHttpClient, moshi: Moshi): WeatherApi = Retrofit.Builder()
        .baseUrl("https://api.openweathermap.org/")
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .build()
        .create(WeatherApi::class.java)

    @Provides
    @Singleton
    fun sendbirdApi(client: OkHttpClient, moshi: Moshi): SendbirdPlatformApi {
        val auth = Interceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Api-Token", SENDBIRD_API_TOKEN).build())
        }
        return Retrofit.Builder()
            .baseUrl("https://api-$SENDBIRD_APP_ID.sendbird.com/")
            .client(client.newBuilder().addInterceptor(auth).build())
            .addConverterFactory(MoshiConverterFactory.create(moshi))
            .build()
            .create(SendbirdPlatformApi::class.java)
    }

    @Provides
    @Named("apiBaseUrl")
    fun apiBaseUrl(): String = BuildConfig.API_BASE_URL
}
