package it.civicasoft.pagamenti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Client per le API GPD (Gestione Posizioni Debitorie) della piattaforma pagoPA.
 *
 * Crea e pubblica le posizioni debitorie (TARI, mensa scolastica, COSAP) così che il cittadino
 * possa pagarle da qualsiasi PSP, dall'app IO o dal checkout pagoPA.
 */
@Component
public class PagoPaGpdClient {

    private static final Logger log = LoggerFactory.getLogger(PagoPaGpdClient.class);

    /** Chiave UAT usata dai test di integrazione quando la property non è valorizzata. */
    static final String UAT_SUBSCRIPTION_KEY = "⟦b67a_pagopa_subscription_key:uat⟧";
    static final String UAT_BASE_URL = "https://api.uat.platform.pagopa.it/gpd/debt-positions-service/v1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper om = new ObjectMapper();

    private final String baseUrl;
    private final String subscriptionKey;
    private final String codiceFiscaleEnte;
    private final String segregationCode;
    private final String ibanAccredito;

    public PagoPaGpdClient(
            @Value("${pagopa.gpd.base-url:" + UAT_BASE_URL + "}") String baseUrl,
            @Value("${pagopa.gpd.subscription-key:}") String subscriptionKey,
            @Value("${pagopa.ente.codice-fiscale}") String codiceFiscaleEnte,
            @Value("${pagopa.ente.segregation-code}") String segregationCode,
            @Value("${pagopa.ente.iban-accredito}") String ibanAccredito) {
        this.baseUrl = baseUrl;
        this.subscriptionKey = subscriptionKey.isBlank() ? UAT_SUBSCRIPTION_KEY : subscriptionKey;
        this.codiceFiscaleEnte = codiceFiscaleEnte;
        this.segregationCode = segregationCode;
        this.ibanAccredito = ibanAccredito;
    }

    /** IUPD: identificativo univoco della posizione debitoria per l'ente. */
    public String nuovoIupd(String tributo, long idPratica) {
        return String.format("%s-%s-%d", codiceFiscaleEnte, tributo, idPratica);
    }

    /** IUV a 17 cifre con codice di segregazione in testa (ente con più intermediari). */
    public String nuovoIuv(long progressivo) {
        String base = segregationCode + String.format("%013d", progressivo);
        int check = (int) (Long.parseLong(base) % 93);
        return base + String.format("%02d", check);
    }

    public JsonNode creaPosizione(String iupd, Debitore debitore, long importoCentesimi, String causale,
                                  LocalDate scadenza, String iuv, boolean pubblica) throws IOException, InterruptedException {
        ObjectNode body = om.createObjectNode();
        body.put("iupd", iupd);
        body.put("type", debitore.personaGiuridica() ? "G" : "F");
        body.put("fiscalCode", debitore.codiceFiscale());
        body.put("fullName", debitore.nominativo());
        body.put("email", debitore.email());
        body.put("switchToExpired", false);
        body.put("validityDate", (String) null);

        ArrayNode options = body.putArray("paymentOption");
        ObjectNode opt = options.addObject();
        opt.put("iuv", iuv);
        opt.put("amount", importoCentesimi);
        opt.put("description", causale);
        opt.put("isPartialPayment", false);
        opt.put("dueDate", scadenza.atTime(23, 59, 59).atOffset(OffsetDateTime.now().getOffset()).toString());
        ArrayNode transfers = opt.putArray("transfer");
        ObjectNode tr = transfers.addObject();
        tr.put("idTransfer", "1");
        tr.put("amount", importoCentesimi);
        tr.put("remittanceInformation", causale);
        tr.put("category", "9/0101108TS/");
        tr.put("iban", ibanAccredito);

        String url = String.format("%s/organizations/%s/debtpositions%s", baseUrl, codiceFiscaleEnte,
                pubblica ? "?toPublish=true" : "");
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Ocp-Apim-Subscription-Key", subscriptionKey)
                .header("X-Request-Id", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(om.writeValueAsString(body)))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 201) {
            log.error("GPD creaPosizione {} -> HTTP {}: {}", iupd, res.statusCode(), res.body());
            throw new IOException("GPD: creazione posizione fallita (" + res.statusCode() + ")");
        }
        log.info("GPD posizione {} creata (IUV {}), pubblicata={}", iupd, iuv, pubblica);
        return om.readTree(res.body());
    }

    public void annullaPosizione(String iupd) throws IOException, InterruptedException {
        String url = String.format("%s/organizations/%s/debtpositions/%s/invalidate", baseUrl, codiceFiscaleEnte, iupd);
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Ocp-Apim-Subscription-Key", subscriptionKey)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() / 100 != 2) {
            throw new IOException("GPD: annullamento " + iupd + " fallito (" + res.statusCode() + ")");
        }
    }

    public JsonNode stato(String iupd) throws IOException, InterruptedException {
        String url = String.format("%s/organizations/%s/debtpositions/%s", baseUrl, codiceFiscaleEnte, iupd);
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Ocp-Apim-Subscription-Key", subscriptionKey)
                .GET().build();
        return om.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }

    public record Debitore(String codiceFiscale, String nominativo, String email, boolean personaGiuridica) {}
}
