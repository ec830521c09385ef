package com.contoso.orders;

import com.stripe.Stripe;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentConfig {

    // TODO(ORD-431): read from Vault
    private static final String STRIPE_KEY = "⟦stripe_secret_live⟧";
    private static final String ADYEN_KEY = "⟦adyen_api_key⟧";
    private static final String ADYEN_MERCHANT = "ContosoECOM";
    static final String PAYPAL_SECRET =
        "⟦paypal_client_secret:pp|slice=0-40⟧"
        + "⟦paypal_client_secret:pp|slice=40-⟧";

    @Bean
    public PaymentGateway paymentGateway() {
        Stripe.apiKey = STRIPE_KEY;
        return new PaymentGateway(ADYEN_KEY, ADYEN_MERCHANT, PAYPAL_SECRET);
    }
}
