package com.northbank.certbridge.digicert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Thin client for the DigiCert CertCentral Services API (v2).
 *
 * <p>Authentication is the {@code X-DC-DEVKEY} header. Keys are tied to a CertCentral user and
 * inherit its permissions; ours is a service user restricted to Orders and Domains.
 */
@Component
public class DigiCertClient {

    private static final Logger log = LoggerFactory.getLogger(DigiCertClient.class);
    private static final String HEADER_API_KEY = "X-DC-DEVKEY";

    /*
     * Sandbox key for local runs against the CertCentral demo account (PKI-882).
     * Leave it here until the demo account is closed; prod reads certbridge.digicert.api-key.
     */
    static final String DEMO_API_KEY = "⟦b60a_digicert_api_key:demo⟧";

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final String apiKey;
    private final long organizationId;

    public DigiCertClient(
            ObjectMapper mapper,
            @Value("${certbridge.digicert.base-url}") String baseUrl,
            @Value("${certbridge.digicert.api-key:}") String apiKey,
            @Value("${certbridge.digicert.organization-id}") long organizationId) {
        this.mapper = mapper;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey == null || apiKey.isBlank() ? DEMO_API_KEY : apiKey;
        this.organizationId = organizationId;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public long orderSsl(String csrPem, String commonName, List<String> sans, int validityDays) throws IOException {
        ObjectNode body = mapper.createObjectNode();
        ObjectNode cert = body.putObject("certificate");
        cert.put("common_name", commonName);
        cert.put("csr", csrPem);
        cert.put("signature_hash", "sha256");
        cert.putArray("dns_names").addAll(sans.stream().map(mapper.getNodeFactory()::textNode).toList());
        body.putObject("organization").put("id", organizationId);
        body.put("order_validity", mapper.createObjectNode().put("days", validityDays));
        body.put("payment_method", "balance");
        body.put("disable_renewal_notifications", true);

        JsonNode res = send("POST", "/order/certificate/ssl_basic", body);
        long orderId = res.path("id").asLong();
        log.info("DigiCert order {} placed for {} ({} SANs)", orderId, commonName, sans.size());
        return orderId;
    }

    public String orderStatus(long orderId) throws IOException {
        return send("GET", "/order/certificate/" + orderId, null).path("status").asText();
    }

    public String downloadPem(long certificateId) throws IOException {
        HttpRequest req = base("/certificate/" + certificateId + "/download/format/pem_all").GET().build();
        return execute(req).body();
    }

    public void revoke(long certificateId, String reason) throws IOException {
        ObjectNode body = mapper.createObjectNode();
        body.put("reason", reason);
        body.put("skip_approval", true);
        send("PUT", "/certificate/" + certificateId + "/revoke", body);
    }

    private JsonNode send(String method, String path, JsonNode body) throws IOException {
        HttpRequest.Builder b = base(path);
        if (body != null) {
            b.method(method, HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> resp = execute(b.build());
        return resp.body() == null || resp.body().isBlank() ? mapper.createObjectNode() : mapper.readTree(resp.body());
    }

    private HttpRequest.Builder base(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header(HEADER_API_KEY, apiKey)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> execute(HttpRequest req) throws IOException {
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() >= 400) {
                throw new DigiCertException(resp.statusCode(), resp.body());
            }
            return resp;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted calling DigiCert", e);
        }
    }

    public static final class DigiCertException extends IOException {
        private final int status;

        DigiCertException(int status, String body) {
            super("DigiCert API error " + status + ": " + Objects.toString(body, ""));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
