package com.coldtrace.sensors;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the Disruptive Technologies REST API (cold-room temperature sensors at the DCs).
 *
 * <p>Uses Basic auth with the service-account key for simplicity; the JWT flow is in
 * {@link DisruptiveJwtAuth} but is not wired up yet (CT-402).
 */
public class DisruptiveClient {

  private static final Logger log = LoggerFactory.getLogger(DisruptiveClient.class);

  static final String API = "https://api.d21s.com/v2";

  // Local dev service account "ct-dev-laptop" in project coldtrace-dev.
  // Overridden by coldtrace.sensors.disruptive.* in every deployed profile.
  static final String DEV_KEY_ID = "⟦b51b_dt_key_id:dev⟧";
  static final String DEV_SECRET = "⟦b51b_dt_secret:dev⟧";

  private final HttpClient http;
  private final ObjectMapper mapper = new ObjectMapper();
  private final String projectId;
  private final String authHeader;

  public DisruptiveClient(String projectId, String keyId, String secret) {
    this.projectId = projectId;
    String k = keyId != null ? keyId : DEV_KEY_ID;
    String s = secret != null ? secret : DEV_SECRET;
    this.authHeader = "Basic " + Base64.getEncoder()
        .encodeToString((k + ":" + s).getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public List<SensorReading> latestTemperatures(List<String> labelFilter) throws IOException, InterruptedException {
    String query = labelFilter.isEmpty() ? "" : "?" + labelFilter.stream()
        .map(l -> "label_filters=" + URLEncoder.encode(l, StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/projects/" + projectId + "/devices" + query))
        .header("Authorization", authHeader)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(20))
        .GET()
        .build();
    HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (resp.statusCode() == 401) {
      throw new IOException("Disruptive API rejected service account credentials");
    }
    JsonNode root = mapper.readTree(resp.body());
    return java.util.stream.StreamSupport.stream(root.path("devices").spliterator(), false)
        .filter(d -> "temperature".equals(d.path("type").asText()))
        .map(d -> new SensorReading(
            d.path("name").asText().replaceFirst("^.*/devices/", ""),
            d.path("labels").path("room").asText("unknown"),
            d.path("reported").path("temperature").path("value").asDouble(Double.NaN),
            Instant.parse(d.path("reported").path("temperature").path("updateTime").asText("1970-01-01T00:00:00Z"))))
        .toList();
  }

  public record SensorReading(String deviceId, String room, double celsius, Instant at) {
    public Map<String, Object> asTags() {
      return Map.of("device", deviceId, "room", room);
    }
  }
}
