package com.bidlane.feeds.marketcheck;

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

/**
 * Retail comps and price predictions from MarketCheck, used to show "retail ceiling" next to each
 * auction lot. Standalone (no Spring) so the pricing analysts can run {@link #main} from IntelliJ.
 */
public final class MarketCheckClient {

    private static final String BASE = "https://mc-api.marketcheck.com/v2";
    // analysts' sandbox package, 500 calls/day; prod key is in application-prod.yml
    private static final String DEFAULT_API_KEY = "⟦b52a_marketcheck_api_key:analyst⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String apiKey;

    public MarketCheckClient(String apiKey) {
        this.apiKey = apiKey;
    }

    public MarketCheckClient() {
        this(System.getenv().getOrDefault("MARKETCHECK_API_KEY", DEFAULT_API_KEY));
    }

    /** price prediction for a VIN at a given mileage and ZIP */
    public JsonNode predict(String vin, int miles, String zip) throws IOException, InterruptedException {
        String url = BASE + "/predict/car/us/marketcheck_price?api_key=" + enc(apiKey)
                + "&vin=" + enc(vin) + "&miles=" + miles + "&zip=" + enc(zip) + "&dealer_type=franchise";
        return get(url);
    }

    /** active retail listings of the same year/make/model within a radius */
    public JsonNode comps(int year, String make, String model, String zip, int radius) throws IOException, InterruptedException {
        String url = BASE + "/search/car/active?api_key=" + enc(apiKey) + "&year=" + year + "&make=" + enc(make)
                + "&model=" + enc(model) + "&zip=" + enc(zip) + "&radius=" + radius + "&rows=50&stats=price,miles";
        return get(url);
    }

    /** OAuth variant: API key + client secret for a 1h token (used by the partner portal only) */
    public static String basicForToken(String apiKey, String clientSecret) {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("MarketCheck HTTP " + resp.statusCode() + ": " + resp.body());
        }
        return json.readTree(resp.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        var mc = new MarketCheckClient();
        System.out.println(mc.predict(args.length > 0 ? args[0] : "1FTEW1EP5MFA00000", 42000, "30301").toPrettyString());
    }
}
