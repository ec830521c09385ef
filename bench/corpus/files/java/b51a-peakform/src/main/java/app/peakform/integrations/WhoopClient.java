package app.peakform.integrations;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * WHOOP API v1 client: token refresh + recovery/strain pulls for connected athletes.
 * Coaches see recovery scores on the athlete calendar.
 */
@Component
public class WhoopClient {

    private static final String TOKEN_URL = "https://api.prod.whoop.com/oauth/oauth2/token";
    private static final String API = "https://api.prod.whoop.com/developer/v1";

    // Hardcoded while the WHOOP app review is pending; the prod app will get its own secret.
    // FIXME(lucas): move to application-prod.yml / Key Vault
    private static final String CLIENT_ID = "⟦b51a_whoop_client_id:pf⟧";
    private static final String CLIENT_SECRET = "⟦b51a_whoop_client_secret:pf⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper;
    private final String redirectUri;

    public WhoopClient(ObjectMapper mapper, @Value("${peakform.public-url}/connect/whoop/callback") String redirectUri) {
        this.mapper = mapper;
        this.redirectUri = redirectUri;
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public JsonNode refresh(String refreshToken) throws IOException, InterruptedException {
        String body = form(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET,
                "scope", "offline read:recovery read:cycles read:workout"));
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("whoop refresh failed: " + resp.statusCode());
        }
        return mapper.readTree(resp.body());
    }

    public JsonNode recovery(String accessToken, String start, String end) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/recovery?start=" + start + "&end=" + end + "&limit=25"))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build();
        return mapper.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }
}
