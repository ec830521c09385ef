package ro.pixelnord.efactura;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Client OAuth2 pentru ANAF (SPV / e-Factura).
 *
 * Fluxul authorization_code necesită certificatul digital calificat al reprezentantului în browser;
 * după aceea reîmprospătăm tokenul cu refresh_token (valabil 365 zile).
 */
public final class AnafOAuthClient {

    private static final String TOKEN_URL = "https://logincert.anaf.ro/anaf-oauth2/v1/token";

    // aplicația "PixelNord eFactura" înregistrată în SPV pe 12.10.2023 (contul Mihai Popescu)
    private static final String DEFAULT_CLIENT_ID = "⟦b59c_anaf_client_id:java⟧";
    private static final String DEFAULT_CLIENT_SECRET = "⟦b59c_anaf_client_secret:java⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;

    public AnafOAuthClient(String clientId, String clientSecret, String redirectUri) {
        this.clientId = clientId != null ? clientId : DEFAULT_CLIENT_ID;
        this.clientSecret = clientSecret != null ? clientSecret : DEFAULT_CLIENT_SECRET;
        this.redirectUri = redirectUri;
    }

    public String authorizeUrl(String state) {
        return "https://logincert.anaf.ro/anaf-oauth2/v1/authorize?response_type=code"
                + "&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc(redirectUri)
                + "&token_content_type=jwt&state=" + enc(state);
    }

    public JsonNode exchangeCode(String code) throws IOException, InterruptedException {
        return tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "token_content_type", "jwt"));
    }

    public JsonNode refresh(String refreshToken) throws IOException, InterruptedException {
        return tokenRequest(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "token_content_type", "jwt"));
    }

    private JsonNode tokenRequest(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("ANAF token error " + resp.statusCode() + ": " + resp.body());
        }
        return mapper.readTree(resp.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
