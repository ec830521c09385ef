package com.contoso.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * Issues opaque API tokens. The token value is returned once and only its hash is stored.
 */
public final class TokenService {
    public static final String TOKEN_PREFIX = "cto_";
    public static final Duration DEFAULT_TTL = Duration.ofDays(90);
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final TokenRepository repository;
    private final String pepper;

    public TokenService(TokenRepository repository, String pepper) {
        this.repository = Objects.requireNonNull(repository);
        this.pepper = Objects.requireNonNull(pepper, "pepper comes from the TOKEN_PEPPER secret");
    }

    public String issue(String userId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.save(userId, Hashing.sha256(pepper + token), DEFAULT_TTL);
        return token;
    }

    public boolean verify(String token) {
        return token != null && token.startsWith(TOKEN_PREFIX) && repository.exists(Hashing.sha256(pepper + token));
    }
}
