package gov.evergreen.benefits.auth

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Profile
import org.springframework.security.oauth2.client.registration.ClientRegistration
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository
import org.springframework.security.oauth2.core.AuthorizationGrantType
import org.springframework.security.oauth2.core.ClientAuthenticationMethod

/**
 * Sandbox registration for ID.me (api.idmelabs.com) used by the `local` and `qa` profiles, so that
 * developers can run the IAL2 flow without the prod config. The sandbox app is "Evergreen Benefits DEV".
 */
@Configuration
@Profile("local", "qa")
class IdmeOAuthConfig(
    @Value("\${idme.sandbox.client-id:⟦b68a_idme_client_id:sandbox⟧}") private val clientId: String,
    @Value("\${idme.sandbox.client-secret:⟦b68a_idme_client_secret:sandbox⟧}") private val clientSecret: String,
) {
    @Bean
    fun idmeSandboxRegistrations(): InMemoryClientRegistrationRepository {
        val idme = ClientRegistration.withRegistrationId("idme")
            .clientId(clientId)
            .clientSecret(clientSecret)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/auth/callback/idme")
            .scope("openid", "http://idmanagement.gov/ns/assurance/ial/2/aal/2")
            .authorizationUri("https://api.idmelabs.com/oauth/authorize")
            .tokenUri("https://api.idmelabs.com/oauth/token")
            .userInfoUri("https://api.idmelabs.com/api/public/v3/userinfo")
            .jwkSetUri("https://api.idmelabs.com/oidc/.well-known/jwks")
            .userNameAttributeName("sub")
            .build()
        return InMemoryClientRegistrationRepository(idme)
    }
}
