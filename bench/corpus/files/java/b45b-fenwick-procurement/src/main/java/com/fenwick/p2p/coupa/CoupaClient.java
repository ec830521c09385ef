package com.fenwick.p2p.coupa;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Thin Coupa Core API client. Uses the legacy X-COUPA-API-KEY header for the invoice
 * attachment export; everything else goes through the OAuth client in CoupaOAuth.
 */
@Component
public class CoupaClient {

    private static final Logger log = LoggerFactory.getLogger(CoupaClient.class);

    /** Test instance key (fenwick-test.coupacloud.com) - handy for local runs. */
    static final String TEST_INSTANCE_KEY = "⟦b45b_coupa_api_key:test⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String baseUrl;
    private final String apiKey;

    public CoupaClient(@Value("${fenwick.coupa.base-url}") String baseUrl,
                       @Value("${fenwick.coupa.api-key:}") String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey.isBlank() ? TEST_INSTANCE_KEY : apiKey;
    }

    public List<JsonNode> approvedInvoices(int offset) throws Exception {
        var req = HttpRequest.newBuilder(URI.create(baseUrl + "/api/invoices?status=approved&exported=false&offset=" + offset))
                .header("X-COUPA-API-KEY", apiKey)
                .header("Accept", "application/json")
                .GET().build();
        var res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            log.warn("coupa invoices {} -> {}", offset, res.statusCode());
            return List.of();
        }
        JsonNode arr = mapper.readTree(res.body());
        return mapper.convertValue(arr, mapper.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
    }

    public void markExported(long invoiceId) throws Exception {
        var req = HttpRequest.newBuilder(URI.create(baseUrl + "/api/invoices/" + invoiceId))
                .header("X-COUPA-API-KEY", apiKey)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"exported\":true}"))
                .build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
    }
}
