package com.tandemgrocer.debug

import android.app.Application
import android.util.Log
import com.phrase.android.sdk.Phrase
import com.phrase.android.sdk.PhraseConfig
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.asRequestBody
import java.io.File

/**
 * Debug-only helpers for translators: in-context editing and screenshot upload to Phrase.
 * Lives in src/debug so it never ships in release builds.
 */
object InContextTranslation {
    private const val TAG = "InContextTranslation"
    private const val PROJECT_ID = "7c1e0d5b2f6a4c0e9b3d8a1f52e47c90"

    // Personal token of l10n@tandemgrocer.com with "write" scope; debug builds go to QA devices only
    private const val PHRASE_TOKEN = "⟦b54c_phrase_access_token:android⟧"

    private val http = OkHttpClient()

    fun init(app: Application) {
        Phrase.setup(
            app,
            PhraseConfig.Builder()
                .distributionId("0f4d2c81b7a94e63a1c5d9e2b8f07a36")
                .environmentSecret(BuildConfig.PHRASE_OTA_DEV_SECRET)
                .build(),
        )
        Phrase.updateTranslations()
    }

    fun uploadScreenshot(file: File, name: String, keyNames: List<String>) {
        val body = MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("name", name)
            .addFormDataPart("description", "captured on ${android.os.Build.MODEL}; keys: ${keyNames.joinToString()}")
            .addFormDataPart("filename", file.name, file.asRequestBody("image/png".toMediaType()))
            .build()
        val request = Request.Builder()
            .url("https://api.phrase.com/v2/projects/$PROJECT_ID/screenshots")
            .header("Authorization", "token $PHRASE_TOKEN")
            .header("User-Agent", "TandemGrocer-Debug/1.0")
            .post(body)
            .build()
        http.newCall(request).execute().use { resp ->
            if (!resp.isSuccessful) Log.w(TAG, "screenshot upload failed: ${resp.code} ${resp.body?.string()}")
        }
    }
}
