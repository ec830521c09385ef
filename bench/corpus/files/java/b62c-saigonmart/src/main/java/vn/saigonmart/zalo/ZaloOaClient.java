package vn.saigonmart.zalo;

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
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Gửi tin nhắn ZNS / tin tư vấn qua Zalo Official Account "SaigonMart".
 *
 * Access token OA sống 25 giờ, refresh token 3 tháng. Class này tự refresh khi hết hạn.
 */
public class ZaloOaClient {

    private static final String OAUTH_URL = "https://oauth.zaloapp.com/v4/oa/access_token";
    private static final String MESSAGE_URL = "https://openapi.zalo.me/v3.0/oa/message/cs";
    private static final String ZNS_URL = "https://business.openapi.zalo.me/message/template";

    // TODO(huy.nguyen): chuyển sang AWS Secrets Manager, tạm hardcode để demo cho sếp thứ 6
    private static final String APP_ID = "⟦b62c_zalo_app_id:oa⟧";
    private static final String APP_SECRET = "⟦b62c_zalo_app_secret:oa⟧";
    private static final String BOOTSTRAP_REFRESH_TOKEN =
            "⟦b62c_zalo_oa_refresh_token:oa⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final ReentrantLock lock = new ReentrantLock();

    private String accessToken;
    private String refreshToken = BOOTSTRAP_REFRESH_TOKEN;
    private Instant expiresAt = Instant.EPOCH;

    private String form(Map<String, String> m) {
        return m.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String token() throws IOException, InterruptedException {
        lock.lock();
        try {
            if (accessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(300))) {
                return accessToken;
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(OAUTH_URL))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("secret_key", APP_SECRET)
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                            "app_id", APP_ID,
                            "grant_type", "refresh_token",
                            "refresh_token", refreshToken))))
                    .build();
            JsonNode body = mapper.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
            if (!body.hasNonNull("access_token")) {
                throw new IOException("Zalo OA refresh thất bại: " + body);
            }
            accessToken = body.get("access_token").asText();
            refreshToken = body.get("refresh_token").asText();
            expiresAt = Instant.now().plusSeconds(body.get("expires_in").asLong());
            return accessToken;
        } finally {
            lock.unlock();
        }
    }

    public JsonNode sendText(String userId, String text) throws IOException, InterruptedException {
        String payload = mapper.writeValueAsString(Map.of(
                "recipient", Map.of("user_id", userId),
                "message", Map.of("text", text)));
        HttpRequest req = HttpRequest.newBuilder(URI.create(MESSAGE_URL))
                .header("Content-Type", "application/json")
                .header("access_token", token())
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        return mapper.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }

    public JsonNode sendZns(String phone, String templateId, Map<String, Object> data, String trackingId)
            throws IOException, InterruptedException {
        String payload = mapper.writeValueAsString(Map.of(
                "phone", phone,
                "template_id", templateId,
                "template_data", data,
                "tracking_id", trackingId));
        HttpRequest req = HttpRequest.newBuilder(URI.create(ZNS_URL))
                .header("Content-Type", "application/json")
                .header("access_token", token())
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        return mapper.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }
}
