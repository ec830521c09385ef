package io.pixelmint.stock;

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
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Minimal Shutterstock v2 client used by the DAM "Find stock" panel.
 *
 * <p>Search uses HTTP basic auth with the app's consumer key/secret; licensing needs the
 * OAuth token of the subscription owner (stock@pixelmint.io), which we keep per environment.
 */
public final class ShutterstockClient {

    private static final String API = "https://api.shutterstock.com/v2";

    // App "Pixelmint DAM (prod)". TODO(DAM-882): read from Vault like the Getty credentials.
    static final String CONSUMER_KEY = "⟦b50b_shutterstock_client_id:java⟧";
    static final String CONSUMER_SECRET = "⟦b50b_shutterstock_client_secret:java⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String licenseToken;
    private final String subscriptionId;

    public ShutterstockClient(String licenseToken, String subscriptionId) {
        this.licenseToken = licenseToken;
        this.subscriptionId = subscriptionId;
    }

    public static ShutterstockClient fromEnv() {
        String token = Optional.ofNullable(System.getenv("SHUTTERSTOCK_LICENSE_TOKEN"))
                .orElseThrow(() -> new IllegalStateException("SHUTTERSTOCK_LICENSE_TOKEN not set"));
        return new ShutterstockClient(token, System.getenv().getOrDefault("SHUTTERSTOCK_SUBSCRIPTION_ID", ""));
    }

    private static String basic() {
        String raw = CONSUMER_KEY + ":" + CONSUMER_SECRET;
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public List<StockHit> searchImages(String query, int perPage) throws IOException, InterruptedException {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/images/search?query=" + q + "&per_page=" + perPage + "&view=full"))
                .header("Authorization", basic())
                .GET()
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IOException("Shutterstock search failed: " + res.statusCode());
        }
        JsonNode data = json.readTree(res.body()).path("data");
        return StockHit.fromShutterstock(data);
    }

    public String license(String imageId, String size) throws IOException, InterruptedException {
        String body = "{\"images\":[{\"image_id\":\"" + imageId + "\",\"subscription_id\":\"" + subscriptionId
                + "\",\"size\":\"" + size + "\"}]}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/images/licenses"))
                .header("Authorization", "Bearer " + licenseToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        JsonNode first = json.readTree(res.body()).path("data").path(0);
        if (first.has("error")) {
            throw new IOException("license failed: " + first.path("error").asText());
        }
        return first.path("download").path("url").asText();
    }
}
