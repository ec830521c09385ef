package org.literacyfund.classy;

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

/**
 * Minimal Classy (GoFundMe Pro) API client used by the Read-a-thon leaderboard job.
 * Client-credentials grant; tokens last an hour.
 */
public final class ClassyClient {

    private static final String API = "https://api.classy.org/2.0";
    private static final String TOKEN_URL = "https://api.classy.org/oauth2/auth";

    // TODO(rsingh): read from the job's environment like the other secrets
    private static final String CLIENT_ID = "⟦b49a_classy_client_id:java⟧";
    private static final String CLIENT_SECRET = "⟦b49a_classy_client_secret:java⟧";
    static final long ORGANIZATION_ID = 71842L;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private String accessToken;
    private Instant expiresAt = Instant.EPOCH;

    private synchronized String token() throws IOException, InterruptedException {
        if (accessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return accessToken;
        }
        String form = "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("classy token " + resp.statusCode() + ": " + resp.body());
        }
        JsonNode body = json.readTree(resp.body());
        accessToken = body.get("access_token").asText();
        expiresAt = Instant.now().plusSeconds(body.get("expires_in").asLong());
        return accessToken;
    }

    public JsonNode campaignFundraisingPages(long campaignId, int page) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/campaigns/" + campaignId
                        + "/fundraising-pages?sort=total_raised:desc&per_page=20&page=" + page))
                .header("Authorization", "Bearer " + token())
                .GET()
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("classy pages " + resp.statusCode());
        }
        return json.readTree(resp.body());
    }
}
