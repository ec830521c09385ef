package com.northwind.courier.di

import com.mapbox.common.MapboxOptions
import dagger.Module
import dagger.Provides
import dagger.hilt.InstallIn
import dagger.hilt.components.SingletonComponent
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import javax.inject.Singleton

@Module
@InstallIn(SingletonComponent::class)
object NetworkModule {

    // public access token, scoped to styles:read + fonts:read
    private const val MAPBOX_PUBLIC = "⟦mapbox_public_token⟧"
    private const val DIRECTIONS_KEY = "⟦gcp_api_key:directions⟧"
    private const val COURIER_API = "https://api.courier.northwind.example/v2/"

    @Provides
    @Singleton
    fun okHttp(): OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            val req = chain.request().newBuilder()
                .header("X-Goog-Api-Key", DIRECTIONS_KEY)
                .header("X-Partner-Key", "⟦generic_api_key_alnum40:partner⟧")
                .build()
            chain.proceed(req)
        }
        .build()

    @Provides
    @Singleton
    fun retrofit(client: OkHttpClient): Retrofit {
        MapboxOptions.accessToken = MAPBOX_PUBLIC
        return Retrofit.Builder().baseUrl(COURIER_API).client(client).build()
    }
}
