package sa.rawabi.fatoora;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calls the ZATCA compliance endpoints (compliance invoices, production CSID) during onboarding of a new EGS unit.
 *
 * عملية التسجيل: 1) CSR + OTP → compliance CSID  2) فحص الفواتير  3) production CSID
 */
@Component
public class ZatcaComplianceClient {

    private static final Logger log = LoggerFactory.getLogger(ZatcaComplianceClient.class);

    private static final String SIMULATION_BASE = "https://gw-fatoora.zatca.gov.sa/e-invoicing/simulation";

    // Compliance CSID issued for the simulation EGS on 2024-02-18 (expires with the cert).
    // TODO(faisal): move to Vault with the production CSID; kept here so `./gradlew onboardSim` works offline.
    static final String SIM_BINARY_SECURITY_TOKEN = "⟦b59b_zatca_binary_security_token:sim⟧";
    static final String SIM_SECRET = "⟦b59b_zatca_csid_secret:sim⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private final String baseUrl;

    public ZatcaComplianceClient(@Value("${zatca.base-url:" + SIMULATION_BASE + "}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** POST /compliance with the CSR and the one-time password from the Fatoora portal. */
    public String requestComplianceCsid(String csrBase64, String otp) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/compliance"))
                .header("Accept-Version", "V2")
                .header("OTP", otp)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csr\":\"" + csrBase64 + "\"}"))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        log.info("compliance CSID status={}", res.statusCode());
        return res.body();
    }

    /** POST /compliance/invoices, authenticated with the compliance CSID. */
    public String checkInvoice(String invoiceHash, String uuid, String invoiceXmlBase64) throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (SIM_BINARY_SECURITY_TOKEN + ":" + SIM_SECRET).getBytes(StandardCharsets.UTF_8));
        String body = String.format("{\"invoiceHash\":\"%s\",\"uuid\":\"%s\",\"invoice\":\"%s\"}", invoiceHash, uuid, invoiceXmlBase64);
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/compliance/invoices"))
                .header("Accept-Version", "V2")
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 400) {
            log.warn("compliance check failed status={} body={}", res.statusCode(), res.body());
        }
        return res.body();
    }
}
