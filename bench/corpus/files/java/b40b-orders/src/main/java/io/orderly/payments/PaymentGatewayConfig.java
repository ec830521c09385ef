package io.orderly.payments;

import com.adyen.Client;
import com.adyen.enums.Environment;
import com.adyen.service.checkout.PaymentsApi;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Payment gateway clients.
 *
 * <p>Adyen handles EU card payments, Razorpay handles India (UPI + cards). The API keys are read
 * from Spring properties; the constants below are what we fall back to when the properties are
 * absent (e.g. the nightly reconciliation job launched from the ops laptop).
 */
@Configuration
@Profile("!test")
public class PaymentGatewayConfig {

    // Adyen web service user ws_218431@Company.Orderly, API key generated 2024-02-14
    private static final String ADYEN_API_KEY_FALLBACK =
            "⟦adyen_api_key⟧";

    // client key is used by the Drop-in on the storefront and is public
    static final String ADYEN_CLIENT_KEY = "⟦adyen_client_key⟧";

    private static final String RAZORPAY_KEY_ID = "⟦razorpay_key_id⟧";
    private static final String RAZORPAY_KEY_SECRET = "⟦razorpay_key_secret⟧";

    @Value("${orderly.payments.adyen.api-key:}")
    private String adyenApiKey;

    @Value("${orderly.payments.adyen.live-endpoint-url-prefix}")
    private String adyenLivePrefix;

    @Value("${orderly.payments.razorpay.key-id:}")
    private String razorpayKeyId;

    @Value("${orderly.payments.razorpay.key-secret:}")
    private String razorpayKeySecret;

    @Bean
    public Client adyenClient() {
        String key = (adyenApiKey == null || adyenApiKey.isBlank()) ? ADYEN_API_KEY_FALLBACK : adyenApiKey;
        Client client = new Client(key, Environment.LIVE, adyenLivePrefix);
        client.getConfig().setConnectionTimeoutMillis(5_000);
        client.getConfig().setReadTimeoutMillis(30_000);
        return client;
    }

    @Bean
    public PaymentsApi adyenPaymentsApi(Client adyenClient) {
        return new PaymentsApi(adyenClient);
    }

    @Bean
    public RazorpayClient razorpayClient() throws RazorpayException {
        String id = razorpayKeyId.isBlank() ? RAZORPAY_KEY_ID : razorpayKeyId;
        String secret = razorpayKeySecret.isBlank() ? RAZORPAY_KEY_SECRET : razorpayKeySecret;
        RazorpayClient client = new RazorpayClient(id, secret);
        client.addHeaders(java.util.Map.of("X-Razorpay-Account", "acc_N8zQ4bT2kLw9Xp"));
        return client;
    }
}
