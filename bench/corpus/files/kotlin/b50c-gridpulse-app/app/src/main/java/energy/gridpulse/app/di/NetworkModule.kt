package energy.gridpulse.app.di

import dagger.Module
import dagger.Provides
import dagger.hilt.InstallIn
import dagger.hilt.components.SingletonComponent
import energy.gridpulse.app.BuildConfig
import energy.gridpulse.app.api.GridPulseApi
import energy.gridpulse.app.api.WeatherApi
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import javax.inject.Singleton

/**
 * Customer app ("GridPulse Rewards"): shows upcoming flex events, earnings, and lets the user
 * opt out of an event. Talks to our BFF, which holds the VTN credentials — the app itself only
 * has a user session.
 */
@Module
@InstallIn(SingletonComponent::class)
object NetworkModule {

    private const val BFF_URL = "https://app-api.gridpulse.energy/"
    private const val WEATHER_URL = "https://api.tomorrow.io/v4/"

    // Tomorrow.io key for the event-day weather card. TODO: proxy through the BFF, a key in the
    // APK can be extracted by anyone (GP-APP-214)
    private const val TOMORROW_API_KEY = "⟦b50c_tomorrow_api_key:app⟧"

    @Provides
    @Singleton
    fun okHttp(): OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(HttpLoggingInterceptor().apply {
            level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
        })
        .build()

    @Provides
    @Singleton
    fun gridPulseApi(client: OkHttpClient): GridPulseApi = Retrofit.Builder()
        .baseUrl(BFF_URL)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(GridPulseApi::class.java)

    @Provides
    @Singleton
    fun weatherApi(client: OkHttpClient): WeatherApi {
        val withKey = client.newBuilder().addInterceptor(Interceptor { chain ->
            val url = chain.request().url.newBuilder().addQueryParameter("apikey", TOMORROW_API_KEY).build()
            chain.proceed(chain.request().newBuilder().url(url).build())
        }).build()
        return Retrofit.Builder()
            .baseUrl(WEATHER_URL)
            .client(withKey)
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(WeatherApi::class.java)
    }
}
