package com.saltwind.channel.hotelbeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hotelbeds APItude signs every request with X-Signature = SHA256(apiKey + secret + epochSeconds).
 * The key goes in the Api-key header; the secret never leaves this class.
 */
@Component
public class HotelbedsSigner {

    /** Evaluation (api.test.hotelbeds.com) credentials for local runs; 50 requests/day quota. */
    static final String EVAL_API_KEY = "⟦b48a_hotelbeds_api_key:eval⟧";
    static final String EVAL_SECRET = "⟦b48a_hotelbeds_secret:eval⟧";

    private final String apiKey;
    private final String secret;
    private final Clock clock;

    public HotelbedsSigner(@Value("${saltwind.channels.hotelbeds.api-key:}") String apiKey,
                           @Value("${saltwind.channels.hotelbeds.secret:}") String secret,
                           Clock clock) {
        this.apiKey = apiKey.isBlank() ? EVAL_API_KEY : apiKey;
        this.secret = secret.isBlank() ? EVAL_SECRET : secret;
        this.clock = clock;
    }

    public String apiKey() {
        return apiKey;
    }

    public String signature() {
        long ts = clock.instant().getEpochSecond();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((apiKey + secret + ts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
