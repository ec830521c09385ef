package gov.lakeshore.permits;

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
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the Accela Construct API v4 (records, inspections, fees).
 *
 * <p>Lakeshore Township is on Accela Civic Platform SaaS, agency "LAKESHORE", environment PROD.
 * We use the password grant with a dedicated agency user because the citizen-app flow does not
 * expose inspection results. Tokens last 24h; refreshed lazily.
 */
public class AccelaClient {
  private static final Logger log = LoggerFactory.getLogger(AccelaClient.class);

  private static final String AUTH_URL = "https://auth.accela.com/oauth2/token";
  private static final String API_URL = "https://apis.accela.com/v4";

  // Registered at developer.accela.com as "Lakeshore Permit Sync" (agency app)
  static final String APP_ID = "⟦b46a_accela_app_id:sync⟧";
  static final String APP_SECRET = System.getProperty("accela.appSecret", "⟦b46a_accela_app_secret:sync⟧");

  static final String AGENCY = "LAKESHORE";
  static final String ENVIRONMENT = "PROD";
  static final String AGENCY_USER = "PERMITSYNC";
  // agency user password -- TODO pull from the Jasypt-encrypted application.yml like everything else
  static final String AGENCY_PASSWORD = "Lakeshore!Accela2023";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
  private final ObjectMapper om = new ObjectMapper();
  private String accessToken;
  private Instant expiresAt = Instant.EPOCH;

  private synchronized String token() throws IOException, InterruptedException {
    if (accessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(300))) {
      return accessToken;
    }
    Map<String, String> form = Map.of(
        "grant_type", "password",
        "client_id", APP_ID,
        "client_secret", APP_SECRET,
        "username", AGENCY_USER,
        "password", AGENCY_PASSWORD,
        "agency_name", AGENCY,
        "environment", ENVIRONMENT,
        "scope", "records inspections fees documents");
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest req = HttpRequest.newBuilder(URI.create(AUTH_URL))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("x-accela-appid", APP_ID)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) {
      throw new IOException("Accela auth failed: " + res.statusCode() + " " + res.body());
    }
    JsonNode j = om.readTree(res.body());
    accessToken = j.get("access_token").asText();
    expiresAt = Instant.now().plusSeconds(j.get("expires_in").asLong());
    log.info("Accela token refreshed, expires {}", expiresAt);
    return accessToken;
  }

  public JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(API_URL + path))
        .header("Authorization", token())
        .header("x-accela-appid", APP_ID)
        .header("x-accela-agency", AGENCY)
        .header("x-accela-environment", ENVIRONMENT)
        .GET()
        .build();
    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() >= 400) {
      log.warn("GET {} -> {} {}", path, res.statusCode(), res.body());
    }
    return om.readTree(res.body());
  }

  public JsonNode inspectionsScheduledBetween(String from, String to) throws IOException, InterruptedException {
    return get("/inspections?scheduledDateFrom=" + from + "&scheduledDateTo=" + to + "&limit=1000");
  }

  public JsonNode recordFees(String recordId) throws IOException, InterruptedException {
    return get("/records/" + URLEncoder.encode(recordId, StandardCharsets.UTF_8) + "/fees?status=INVOICED");
  }
}
