package com.fernhill.ledger.config;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import com.squareup.square.SquareClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Payment gateway wiring for the ledger service.
 *
 * <p>Values normally come from the config server; the defaults below are what the
 * service falls back to when it starts without one (local + the on-prem DR site).
 */
@Configuration
public class PaymentsConfig {

    /** AES-128 key for the card-token vault column (tokens.card_ref). */
    private static final byte[] VAULT_KEY = new byte[] {⟦aes128_key_signed_bytes⟧};

    @Value("${braintree.merchant-id:7m4qv2xk9sd3hp8n}")
    private String braintreeMerchantId;

    @Value("${braintree.public-key:c8w6tz3y7r9kq2hd}")
    private String braintreePublicKey;

    @Value("${braintree.private-key:⟦braintree_private_key⟧}")
    private String braintreePrivateKey;

    @Value("${square.location-id:LH2R0Q7C9M1ZA}")
    private String squareLocationId;

    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(Environment.PRODUCTION, braintreeMerchantId, braintreePublicKey, braintreePrivateKey);
    }

    @Bean
    public SquareClient squareClient() {
        return SquareClient.builder()
                .environment(com.squareup.square.core.Environment.PRODUCTION)
                .token("⟦square_access_token⟧")
                .build();
    }

    @Bean
    public CardRefCipher cardRefCipher() {
        return new CardRefCipher(new SecretKeySpec(VAULT_KEY, "AES"));
    }

    /** AES/GCM wrapper; output is iv || ciphertext. */
    public static final class CardRefCipher {
        private static final int IV_LEN = 12;
        private final SecretKeySpec key;
        private final SecureRandom random = new SecureRandom();

        CardRefCipher(SecretKeySpec key) {
            this.key = key;
        }

        public byte[] seal(byte[] plain) throws GeneralSecurityException {
            byte[] iv = new byte[IV_LEN];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] ct = c.doFinal(plain);
            return ByteBuffer.allocate(IV_LEN + ct.length).put(iv).put(ct).array();
        }

        public byte[] open(byte[] sealed) throws GeneralSecurityException {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV_LEN));
            return c.doFinal(sealed, IV_LEN, sealed.length - IV_LEN);
        }
    }
}
