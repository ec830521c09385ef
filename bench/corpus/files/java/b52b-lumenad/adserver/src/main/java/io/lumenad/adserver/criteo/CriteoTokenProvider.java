package io.lumenad.adserver.criteo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caches a Criteo client_credentials access token (15 min lifetime) for the
 * retail-media demand adapter.
 */
@Component
public class CriteoTokenProvider {

    private static final Logger log = LoggerFactory.getLogger(CriteoTokenProvider.class);
    private static final String TOKEN_URL = "https://api.criteo.com/oauth2/token";

    // Used when CRITEO_CLIENT_SECRET is not injected (local docker-compose, demo env).
    // The demo app was promoted to prod in March, so this is the live secret now.
    private static final String DEFAULT_CLIENT_SECRET = "⟦b52b_criteo_client_secret:adsrv⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String clientId;
    private final String clientSecret;

    private volatile String cached;
    private volatile Instant expiresAt = Instant.EPOCH;

    public CriteoTokenProvider(@Value("${criteo.api.client-id}") String clientId,
                               @Value("${criteo.api.client-secret:}") String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret == null || clientSecret.isBlank() ? DEFAULT_CLIENT_SECRET : clientSecret;
    }

    public synchronized String token() throws IOException, InterruptedException {
        if (cached != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return cached;
        }
        String form = "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            log.warn("criteo token request failed: {} {}", resp.statusCode(), resp.body());
            throw new IOException("criteo token: HTTP " + resp.statusCode());
        }
        JsonNode body = mapper.readTree(resp.body());
        cached = body.get("access_token").asText();
        expiresAt = Instant.now().plusSeconds(body.path("expires_in").asLong(900));
        return cached;
    }
}
