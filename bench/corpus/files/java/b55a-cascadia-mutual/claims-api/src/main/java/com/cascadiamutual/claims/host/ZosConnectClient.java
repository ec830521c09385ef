package com.cascadiamutual.claims.host;

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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the CLMINQ service exposed by z/OS Connect (server zcsrv01, CICS region CICSCLM1).
 *
 * <p>In production the call goes through API Connect with X-IBM-Client-Id/Secret. For the
 * direct path (used by the overnight reconciliation, which bypasses the gateway) z/OS Connect
 * wants basic auth with a RACF id mapped to CICS transaction CLMI.
 */
@Component
public class ZosConnectClient {

    private static final Logger log = LoggerFactory.getLogger(ZosConnectClient.class);

    /** Direct z/OS Connect endpoint, only reachable from the 10.40.0.0/16 host network. */
    private static final String DIRECT_BASE = "https://zcsrv01.zprd01.cascadiamutual.com:9443/claims/v2";

    // Service id for the direct path. Moved here from recon.properties so the batch jar is
    // self-contained; see CLM-1188 for the plan to use a PassTicket instead.
    private static final String RECON_USER = "CLMRECN";
    private static final String RECON_PASS = "⟦b55a_racf_password:clmrecn⟧";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    @Value("${host.zos-connect.base-url}")
    private String gatewayBase;

    @Value("${host.zos-connect.client-id}")
    private String clientId;

    @Value("${host.zos-connect.client-secret}")
    private String clientSecret;

    public ClaimInquiry inquire(String claimId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(gatewayBase + "/claims/" + claimId))
                .header("X-IBM-Client-Id", clientId)
                .header("X-IBM-Client-Secret", clientSecret)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        return send(req);
    }

    public ClaimInquiry inquireDirect(String claimId) throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (RECON_USER + ":" + RECON_PASS).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(DIRECT_BASE + "/claims/" + claimId))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return send(req);
    }

    private ClaimInquiry send(HttpRequest req) throws Exception {
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() == 404) {
            return null;
        }
        if (resp.statusCode() >= 300) {
            log.warn("z/OS Connect returned {} for {}", resp.statusCode(), req.uri());
            throw new HostCallException(resp.statusCode(), resp.body());
        }
        return mapper.readValue(resp.body(), ClaimInquiry.class);
    }
}
