package com.keystonemutual.rating.carrier;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Client for Verisk ISO Electronic Rating Content (ERC) and the Verisk location API.
 *
 * <p>Credentials normally come from the environment. The defaults below were added during the
 * 2024-10 rate filing when the secret rotation broke staging; they point at the UAT tenant and
 * must not be used in prod (see KSM-RAT-882).
 */
@Configuration
public class IsoRatingClientConfig {

    static final String UAT_ERC_CLIENT_ID = "keystone-mutual-rating-uat";
    static final String UAT_ERC_CLIENT_SECRET = "⟦generic_api_key_alnum40:ercuat⟧";
    static final String UAT_LOCATION_SUBSCRIPTION_KEY = "⟦b48b_verisk_subscription_key:uat⟧";

    @Value("${carriers.iso-erc.client-id:" + UAT_ERC_CLIENT_ID + "}")
    private String clientId;

    @Value("${carriers.iso-erc.client-secret:" + UAT_ERC_CLIENT_SECRET + "}")
    private String clientSecret;

    @Value("${rating.territory-lookup.subscription-key:" + UAT_LOCATION_SUBSCRIPTION_KEY + "}")
    private String subscriptionKey;

    @Bean
    HttpClient ercHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Bean
    ErcTokenProvider ercTokenProvider(HttpClient ercHttpClient) {
        return new ErcTokenProvider(ercHttpClient, "https://erc.verisk.com/oauth2/token", clientId, clientSecret);
    }

    @Bean
    LocationClient locationClient(HttpClient ercHttpClient) {
        // Ocp-Apim-Subscription-Key header on every call
        return new LocationClient(ercHttpClient, "https://api.verisk.com/location/v2", subscriptionKey);
    }
}
