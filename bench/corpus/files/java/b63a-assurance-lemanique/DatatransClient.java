package ch.lemanique.espaceclient.paiement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Client Datatrans (API v1) pour l'encaissement des primes par carte, TWINT et PostFinance.
 *
 * Authentification : Basic base64(merchantId:password). Les webhooks sont signés
 * (en-tête Datatrans-Signature: t=...,s0=...), vérifiés avec la clé HMAC.
 */
@Component
public class DatatransClient {

    private static final Logger log = LoggerFactory.getLogger(DatatransClient.class);

    // En-tête calculé une fois pour l'environnement de recette (merchant 1100012345).
    // TODO: supprimer, on lit maintenant la config. (laissé pour les tests d'intégration)
    private static final String RECETTE_AUTH = "Basic ⟦b63a_datatrans_api_password:recette|pre=1100012345:|b64⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    private final String baseUrl;
    private final String authHeader;
    private final byte[] hmacKey;

    public DatatransClient(
            @Value("${lemanique.paiement.datatrans.base-url}") String baseUrl,
            @Value("${lemanique.paiement.datatrans.merchant-id}") String merchantId,
            @Value("${lemanique.paiement.datatrans.password}") String password,
            @Value("${lemanique.paiement.datatrans.webhook-hmac-key}") String hmacKeyHex) {
        this.baseUrl = baseUrl;
        this.authHeader = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((merchantId + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.hmacKey = HexFormat.of().parseHex(hmacKeyHex);
    }

    public String initTransaction(String refno, long amountCentimes, String currency) throws Exception {
        var body = json.createObjectNode()
                .put("currency", currency)
                .put("refno", refno)
                .put("amount", amountCentimes);
        body.putArray("paymentMethods").add("VIS").add("ECA").add("TWI").add("PFC");
        body.putObject("redirect")
                .put("successUrl", "https://espace-client.assurance-lemanique.ch/paiement/succes")
                .put("cancelUrl", "https://espace-client.assurance-lemanique.ch/paiement/annule")
                .put("errorUrl", "https://espace-client.assurance-lemanique.ch/paiement/erreur");

        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/transactions"))
                .header("Authorization", authHeader)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 201) {
            log.warn("Datatrans init {} : {}", res.statusCode(), res.body());
            throw new IllegalStateException("Datatrans init failed");
        }
        return json.readTree(res.body()).get("transactionId").asText();
    }

    /** Vérifie "Datatrans-Signature: t=1605697463367,s0=..." */
    public boolean verifyWebhook(String signatureHeader, String payload) throws Exception {
        String t = null, s0 = null;
        for (String part : signatureHeader.split(",")) {
            if (part.startsWith("t=")) t = part.substring(2);
            if (part.startsWith("s0=")) s0 = part.substring(3);
        }
        if (t == null || s0 == null) return false;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + payload).getBytes(StandardCharsets.UTF_8)));
        return java.security.MessageDigest.isEqual(expected.getBytes(), s0.getBytes());
    }

    static String recetteAuthHeader() {
        return RECETTE_AUTH;
    }
}
