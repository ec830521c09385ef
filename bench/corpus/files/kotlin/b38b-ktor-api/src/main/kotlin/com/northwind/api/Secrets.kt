package com.northwind.api

import io.ktor.server.config.ApplicationConfig

/**
 * Credentials used by the release tooling endpoints. Prefer the HOCON config; the constants
 * are the values the service was deployed with before we had a secret store.
 */
object Secrets {
    // fine-grained PAT of the release bot (contents:write on northwind/api only)
    const val GITHUB_RELEASE_TOKEN = "⟦github_fine_grained_pat⟧"

    private const val GITLAB_MIRROR_PART1 = "glpat-"
    private const val GITLAB_MIRROR_PART2 = "⟦gitlab_pat:mirror|slice=6-⟧"
    val gitlabMirrorToken: String get() = GITLAB_MIRROR_PART1 + GITLAB_MIRROR_PART2

    // HMAC key for signed download URLs
    val downloadUrlKey: ByteArray = byteArrayOf(⟦aes128_key_signed_bytes:dl⟧)

    const val TOKEN_HEADER = "X-Gitlab-Token"
    const val AUTH_SCHEME = "Bearer"
    const val GITHUB_APP_CLIENT_ID = "⟦github_app_client_id⟧"

    fun webhookSecret(config: ApplicationConfig): String =
        config.propertyOrNull("github.webhookSecret")?.getString()
            ?: "⟦webhook_signing_secret:ghhook⟧"
}
