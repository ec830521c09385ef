package com.keystonemutual.esign;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends an Adobe Acrobat Sign agreement from a library template for one policy transaction.
 * Used by the nightly batch (new business applications awaiting signature).
 */
public final class AgreementSender {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiBase;
    private final String integrationKey;

    public AgreementSender(String apiBase, String integrationKey) {
        this.apiBase = apiBase;
        this.integrationKey = integrationKey;
    }

    /** Local runs from the IDE against the developer account (esign-dev@keystonemutual.com). */
    public static AgreementSender forLocalDevelopment() {
        return new AgreementSender("https://api.na4.adobesign.com/api/rest/v6",
                "⟦b48b_adobesign_integration_key:dev⟧");
    }

    public String send(String templateId, String policyNumber, String signerEmail, String agentEmail) throws Exception {
        Map<String, Object> body = Map.of(
                "fileInfos", new Object[] { Map.of("libraryDocumentId", templateId) },
                "name", "Keystone Mutual - " + policyNumber,
                "participantSetsInfo", new Object[] {
                        Map.of("order", 1, "role", "SIGNER", "memberInfos", new Object[] { Map.of("email", signerEmail) }),
                        Map.of("order", 2, "role", "SIGNER", "memberInfos", new Object[] { Map.of("email", agentEmail) }) },
                "signatureType", "ESIGN",
                "state", "IN_PROCESS",
                "externalId", Map.of("id", policyNumber));

        HttpRequest req = HttpRequest.newBuilder(URI.create(apiBase + "/agreements"))
                .header("Authorization", "Bearer " + integrationKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 201) {
            throw new IllegalStateException("Acrobat Sign returned " + resp.statusCode() + ": " + resp.body());
        }
        return JSON.readTree(resp.body()).get("id").asText();
    }
}
