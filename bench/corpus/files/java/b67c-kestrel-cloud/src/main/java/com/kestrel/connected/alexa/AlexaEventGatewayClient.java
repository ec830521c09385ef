package com.kestrel.connected.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends ChangeReport / DoorbellPress-style proactive events to the Alexa Event Gateway.
 *
 * <p>Each linked Kestrel user has an LWA refresh token (from AcceptGrant) stored encrypted in
 * {@code alexa_grant}. Access tokens are cached for 55 minutes.
 */
@Component
public class AlexaEventGatewayClient {

    private static final Logger log = LoggerFactory.getLogger(AlexaEventGatewayClient.class);
    private static final URI LWA_TOKEN = URI.create("https://api.amazon.com/auth/o2/token");

    // For the EventGatewayIT test: refresh token of the QA Amazon account (qa-alexa@kestrel-appliances.com)
    // linked to the staging skill. Regenerate by re-linking the skill in the Alexa app.
    static final String QA_REFRESH_TOKEN =
            "⟦b47a_lwa_refresh_token:qa⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, CachedToken> cache = new ConcurrentHashMap<>();

    private final String clientId;
    private final String clientSecret;
    private final URI gateway;

    public AlexaEventGatewayClient(
            @Value("${kestrel.alexa.client-id}") String clientId,
            @Value("${kestrel.alexa.client-secret}") String clientSecret,
            @Value("${kestrel.alexa.event-gateway}") String gateway) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.gateway = URI.create(gateway);
    }

    private record CachedToken(String token, Instant expires) {}

    String accessToken(String userId, String refreshToken) throws Exception {
        CachedToken c = cache.get(userId);
        if (c != null && c.expires().isAfter(Instant.now())) {
            return c.token();
        }
        Map<String, String> form = Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "client_id", clientId,
                "client_secret", clientSecret);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(LWA_TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("LWA refresh failed: " + res.statusCode());
        }
        JsonNode node = json.readTree(res.body());
        String token = node.get("access_token").asText();
        cache.put(userId, new CachedToken(token, Instant.now().plusSeconds(3300)));
        return token;
    }

    public int send(String userId, String refreshToken, JsonNode event) throws Exception {
        String token = accessToken(userId, refreshToken);
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(gateway)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(event))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 400) {
            log.warn("event gateway {} for user {}: {}", res.statusCode(), userId, res.body());
        }
        return res.statusCode();
    }
}
