package com.contoso.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaymentConfigTest {
    private static final String TEST_KEY = "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX";
    private static final String PLACEHOLDER = "${STRIPE_KEY}";
    private static final String PASSWORD = "password";

    @Test
    void masksKeys() {
        assertEquals("sk_t********************************", Masking.mask(TEST_KEY));
    }

    @Test
    void placeholderIsNotResolved() {
        assertEquals(PLACEHOLDER, Masking.mask(PLACEHOLDER));
    }
}
