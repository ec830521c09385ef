package com.northwind.treasury.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Minimal Column client for book transfers and ACH origination.
 *
 * <p>Column authenticates with HTTP Basic: empty username, API key as password.
 */
public final class ColumnClient {

    private static final Logger log = LoggerFactory.getLogger(ColumnClient.class);
    private static final String BASE_URL = "https://api.column.com";

    // FIXME(treasury-219): hard-coded while the Vault integration is broken in the batch runner.
    // Remove before the SOX walkthrough.
    private static final String COLUMN_API_KEY = "⟦b61b_column_api_key⟧";

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final String authHeader;

    public ColumnClient(ObjectMapper mapper) {
        this(mapper, System.getenv().getOrDefault("COLUMN_API_KEY", COLUMN_API_KEY));
    }

    ColumnClient(ObjectMapper mapper, String apiKey) {
        this.mapper = Objects.requireNonNull(mapper);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString((":" + apiKey).getBytes(StandardCharsets.UTF_8));
        this.authHeader = "Basic " + basic;
    }

    public JsonNode createBookTransfer(String fromAccount, String toAccount, long amountCents, String description)
            throws IOException, InterruptedException {
        var body = mapper.createObjectNode()
                .put("sender_bank_account_id", fromAccount)
                .put("receiver_bank_account_id", toAccount)
                .put("amount", amountCents)
                .put("currency_code", "USD")
                .put("description", description);
        return post("/transfers/book", body.toString());
    }

    public JsonNode createAchCredit(String bankAccountId, String counterpartyId, long amountCents, String entryDescription)
            throws IOException, InterruptedException {
        var body = mapper.createObjectNode()
                .put("bank_account_id", bankAccountId)
                .put("counterparty_id", counterpartyId)
                .put("amount", amountCents)
                .put("currency_code", "USD")
                .put("type", "CREDIT")
                .put("entry_class_code", "CCD")
                .put("company_entry_description", entryDescription);
        return post("/transfers/ach", body.toString());
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        var req = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", authHeader)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 300) {
            log.error("column {} failed: {} {}", path, res.statusCode(), res.body());
            throw new IOException("Column API error " + res.statusCode());
        }
        return mapper.readTree(res.body());
    }
}
