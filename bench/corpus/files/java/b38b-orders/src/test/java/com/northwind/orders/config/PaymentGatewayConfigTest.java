package com.northwind.orders.config;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
@WireMockTest(httpPort = 8089)
@TestPropertySource(properties = {
        "adyen.api-key=test_api_key_placeholder",
        "adyen.hmac-key=00000000000000000000000000000000",
        "paypal.client-id=your-client-id-here",
        "stripe.secret-key=sk_test_xxx",
        "spring.datasource.password=changeme",
        "spring.mail.password=",
})
class PaymentGatewayConfigTest {

    private static final String API_KEY_HEADER = "X-API-Key";
    private static final String TOKEN_TYPE = "Bearer";
    private static final String DUMMY_SECRET = "your-api-key-here";
    private static final String FAKE_JWT = "eyJhbGciOiJub25lIn0.e30.";

    @Test
    void sendsApiKeyHeader() {
        stubFor(post(urlEqualTo("/v71/payments"))
                .withHeader(API_KEY_HEADER, equalTo("test_api_key_placeholder"))
                .willReturn(okJson("{\"resultCode\":\"Authorised\"}")));
        assertThat(DUMMY_SECRET).isNotBlank();
    }

    @Test
    void bearerPrefix() {
        assertThat(TOKEN_TYPE + " " + FAKE_JWT).startsWith("Bearer ");
    }
}
