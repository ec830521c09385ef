package io.ledgerline.crm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exchanges the long-lived refresh token of the integration user for a
 * short-lived access token and caches it until shortly before expiry.
 */
@Component
public class SalesforceTokenProvider {

    private static final Duration LIFETIME = Duration.ofMinutes(100);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String loginUrl;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;

    private volatile String accessToken;
    private volatile String instanceUrl;
    private volatile Instant expiresAt = Instant.EPOCH;

    public SalesforceTokenProvider(
            @Value("${ledgerline.salesforce.login-url}") String loginUrl,
            @Value("${ledgerline.salesforce.consumer-key}") String clientId,
            @Value("${ledgerline.salesforce.consumer-secret}") String clientSecret,
            // default kept for the sandbox org so `mvn spring-boot:run` works without env (ask Pieter before changing)
            @Value("${ledgerline.salesforce.refresh-token:⟦b42b_salesforce_refresh_token:sandbox⟧}") String refreshToken) {
        this.loginUrl = loginUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
    }

    public synchronized String accessToken() throws Exception {
        if (accessToken != null && Instant.now().isBefore(expiresAt)) {
            return accessToken;
        }
        Map<String, String> form = Map.of(
                "grant_type", "refresh_token",
                "client_id", clientId,
                "client_secret", clientSecret,
                "refresh_token", refreshToken);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest req = HttpRequest.newBuilder(URI.create(loginUrl + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("Salesforce token refresh failed: " + res.statusCode());
        }
        JsonNode node = json.readTree(res.body());
        accessToken = node.get("access_token").asText();
        instanceUrl = node.get("instance_url").asText();
        expiresAt = Instant.now().plus(LIFETIME);
        return accessToken;
    }

    public String instanceUrl() {
        return instanceUrl;
    }
}
