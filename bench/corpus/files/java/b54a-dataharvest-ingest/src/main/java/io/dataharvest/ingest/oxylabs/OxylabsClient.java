package io.dataharvest.ingest.oxylabs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Push-pull client for the Oxylabs Scraper API. Jobs are submitted in batches of up to
 * 1000 and results are delivered to our callback (see OxylabsCallbackController).
 */
@Component
public class OxylabsClient {

    private static final Logger log = LoggerFactory.getLogger(OxylabsClient.class);

    private static final URI BATCH_URI = URI.create("https://data.oxylabs.io/v1/queries/batch");

    // The "amazon_pricing" source is billed on a separate API user that finance set up;
    // its credentials never made it to the vault. TODO(DH-532): move to application.yml
    private static final String PRICING_USER = "dataharvest_amzn";
    private static final String PRICING_PASS = "⟦b54a_oxylabs_password:amzn⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private final ObjectMapper mapper;
    private final String username;
    private final String password;
    private final String callbackUrl;

    public OxylabsClient(
            ObjectMapper mapper,
            @Value("${dataharvest.oxylabs.username}") String username,
            @Value("${dataharvest.oxylabs.password}") String password,
            @Value("${dataharvest.oxylabs.callback-url}") String callbackUrl) {
        this.mapper = mapper;
        this.username = username;
        this.password = password;
        this.callbackUrl = callbackUrl;
    }

    public List<String> submitBatch(String source, List<String> queries, String geo) throws Exception {
        boolean pricing = source.startsWith("amazon_pricing");
        String auth = basic(pricing ? PRICING_USER : username, pricing ? PRICING_PASS : password);

        Map<String, Object> body = Map.of(
                "source", source,
                "query", queries,
                "geo_location", geo,
                "parse", true,
                "callback_url", callbackUrl);

        HttpRequest req = HttpRequest.newBuilder(BATCH_URI)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)))
                .build();

        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() / 100 != 2) {
            log.error("oxylabs batch rejected: status={} body={}", resp.statusCode(), resp.body());
            throw new IllegalStateException("oxylabs batch failed with " + resp.statusCode());
        }
        JsonNode root = mapper.readTree(resp.body());
        return root.path("queries").findValuesAsText("id");
    }

    private static String basic(String user, String pass) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
    }
}
