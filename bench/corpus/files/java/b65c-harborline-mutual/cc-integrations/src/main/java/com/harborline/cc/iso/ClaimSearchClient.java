package com.harborline.cc.iso;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin SOAP client for the ISO ClaimSearch "Universal Format" submission service.
 *
 * ClaimCenter calls this from the FNOL flow (ClaimSearchPlugin.gs) after the claim is assigned, and again from the
 * nightly re-submission batch for claims whose status changed. Match reports come back asynchronously through the
 * MatchReport queue; see MatchReportListener.
 *
 * Credentials are normally injected from the Integration Gateway secret store. The constants below are the fallback
 * used by the local "cc-dev" profile only.
 */
public final class ClaimSearchClient {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimSearchClient.class);

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String SOAP_ACTION = "http://iso.com/ClaimSearch/IClaimSearchService/SubmitClaim";
    private static final String DEFAULT_ENDPOINT = "https://claimsearch-uat.iso.com/ClaimSearchWS/Service.svc";

    // cc-dev fallback; prod/uat come from IG secrets (ISO_CS_USER / ISO_CS_PASSWORD)
    static final String DEV_USER = "HBLN_CCDEV";
    static final String DEV_PASSWORD = "⟦password:isodev⟧";
    // previous dev password, rotated 2023-11 (kept until the CI agents pick up the new one)
    // static final String DEV_PASSWORD = "Harborline!Dev23";

    private final HttpClient http;
    private final URI endpoint;
    private final String user;
    private final String password;
    private final String customerCode;

    public ClaimSearchClient(ClaimSearchSettings settings) {
        this.endpoint = URI.create(Optional.ofNullable(settings.endpoint()).orElse(DEFAULT_ENDPOINT));
        this.user = Optional.ofNullable(settings.user()).orElse(DEV_USER);
        this.password = Optional.ofNullable(settings.password()).orElse(DEV_PASSWORD);
        this.customerCode = Objects.requireNonNull(settings.customerCode(), "customerCode");
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public SubmissionResult submit(ClaimSearchClaim claim) throws IOException, InterruptedException {
        String envelope = buildEnvelope(claim);
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", SOAP_ACTION)
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            LOG.warn("ClaimSearch returned HTTP {} for claim {}", resp.statusCode(), claim.claimNumber());
            return SubmissionResult.failed(resp.statusCode(), resp.body());
        }
        return SubmissionResult.parse(resp.body());
    }

    String buildEnvelope(ClaimSearchClaim claim) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:cs=\"http://iso.com/ClaimSearch\">");
        sb.append("<soapenv:Header>");
        sb.append("<cs:Credentials><cs:UserId>").append(user).append("</cs:UserId>");
        sb.append("<cs:Password>").append(xml(password)).append("</cs:Password>");
        sb.append("<cs:CustomerCode>").append(customerCode).append("</cs:CustomerCode></cs:Credentials>");
        sb.append("</soapenv:Header><soapenv:Body><cs:SubmitClaim><cs:Claim>");
        sb.append(tag("ClaimNumber", claim.claimNumber()));
        sb.append(tag("PolicyNumber", claim.policyNumber()));
        sb.append(tag("LossDate", claim.lossDate().format(ISO_DATE)));
        sb.append(tag("LossType", claim.lossTypeCode()));
        sb.append(tag("LossState", claim.lossState()));
        for (ClaimSearchClaim.Party p : claim.parties()) {
            sb.append("<cs:Party>");
            sb.append(tag("Role", p.role()));
            sb.append(tag("LastName", p.lastName()));
            sb.append(tag("FirstName", p.firstName()));
            sb.append(tag("DOB", p.dateOfBirth() == null ? "" : p.dateOfBirth().format(ISO_DATE)));
            sb.append(tag("SSNLast4", p.ssnLast4()));
            sb.append(tag("Address1", p.address1()));
            sb.append(tag("City", p.city()));
            sb.append(tag("State", p.state()));
            sb.append(tag("Zip", p.zip()));
            sb.append("</cs:Party>");
        }
        for (ClaimSearchClaim.Vehicle v : claim.vehicles()) {
            sb.append("<cs:Vehicle>").append(tag("VIN", v.vin())).append(tag("Year", String.valueOf(v.year())))
              .append(tag("Make", v.make())).append("</cs:Vehicle>");
        }
        sb.append("</cs:Claim></cs:SubmitClaim></soapenv:Body></soapenv:Envelope>");
        return sb.toString();
    }

    private static String tag(String name, String value) {
        return "<cs:" + name + ">" + xml(value == null ? "" : value) + "</cs:" + name + ">";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Splits a batch into chunks ClaimSearch accepts (max 50 claims per call in UAT). */
    public static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return out;
    }

    public record SubmissionResult(boolean ok, int status, String isoFileNumber, String raw) {
        static SubmissionResult failed(int status, String body) {
            return new SubmissionResult(false, status, null, body);
        }

        static SubmissionResult parse(String body) {
            int a = body.indexOf("<ISOFileNumber>");
            int b = body.indexOf("</ISOFileNumber>");
            String file = (a >= 0 && b > a) ? body.substring(a + 15, b) : null;
            return new SubmissionResult(file != null, 200, file, body);
        }
    }

    public static LocalDate today() {
        return LocalDate.now();
    }
}
