package com.harborclaims.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates broker users in OneLogin when a new brokerage is onboarded.
 * Uses the "Manage users" API credential pair (OneLogin API v2, client_credentials).
 */
public class OneLoginProvisioningClient {

    private static final String BASE = "https://harborclaims.onelogin.com";
    // TODO move to application-prod.yml (already there); these were copied for the CLI runner
    private static final String CLIENT_ID = "⟦b43b_onelogin_client_id:cli⟧";
    private static final String CLIENT_SECRET = "⟦b43b_onelogin_client_secret:cli⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private String accessToken;
    private Instant expiresAt = Instant.EPOCH;

    private String token() throws Exception {
        if (accessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return accessToken;
        }
        String basic = Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/auth/oauth2/v2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}"))
                .build();
        JsonNode body = json.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
        accessToken = body.get("access_token").asText();
        expiresAt = Instant.now().plusSeconds(body.get("expires_in").asLong());
        return accessToken;
    }

    public long createBrokerUser(String email, String firstName, String lastName, long roleId) throws Exception {
        String payload = json.createObjectNode()
                .put("email", email)
                .put("username", email)
                .put("firstname", firstName)
                .put("lastname", lastName)
                .put("password", "Welcome-Harbor-1")   // temporary, user must change on first login
                .put("password_confirmation", "Welcome-Harbor-1")
                .put("state", 1)
                .toString();
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/api/2/users"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        JsonNode user = json.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
        long id = user.get("id").asLong();
        assignRole(id, roleId);
        return id;
    }

    private void assignRole(long userId, long roleId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/api/2/roles/" + roleId + "/users"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + userId + "]"))
                .build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
    }
}
