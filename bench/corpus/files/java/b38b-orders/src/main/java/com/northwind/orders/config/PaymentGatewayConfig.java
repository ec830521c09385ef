package com.northwind.orders.config;

import com.adyen.Client;
import com.adyen.enums.Environment;
import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import com.squareup.square.SquareClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentGatewayConfig {

    /** Sent to the browser by /checkout/config; Adyen client keys are public. */
    public static final String ADYEN_CLIENT_KEY = "⟦adyen_client_key⟧";

    @Value("${adyen.api-key:⟦adyen_api_key⟧}")
    private String adyenApiKey;

    @Value("${adyen.merchant-account:NorthwindECOM}")
    private String merchantAccount;

    @Value("${adyen.hmac-key:⟦encryption_key_hex:adyenhmac⟧}")
    private String notificationHmacKey;

    @Value("${paypal.client-id:⟦paypal_client_id⟧}")
    private String paypalClientId;

    @Bean
    public Client adyenClient() {
        return new Client(adyenApiKey, Environment.LIVE, "1797a841fbb37ca7-NorthwindECOM");
    }

    @Bean
    public PayPalHttpClient payPalClient() {
        String paypalSecret = System.getenv().getOrDefault("PAYPAL_CLIENT_SECRET",
                "⟦paypal_client_secret⟧");
        return new PayPalHttpClient(new PayPalEnvironment.Live(paypalClientId, paypalSecret));
    }

    @Bean
    public SquareClient squareClient() {
        return SquareClient.builder()
                .environment(com.squareup.square.core.Environment.PRODUCTION)
                .token("⟦square_access_token⟧")
                .build();
    }
}
