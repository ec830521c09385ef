package org.ossory.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Polls Workday Human_Resources Get_Workers (SOAP) for new hires and forwards them to the
 * badge system (Genetec Synergis). Runs on the integration VM as a systemd service.
 */
public final class WorkdayHireListener {

    private static final Logger LOG = Logger.getLogger(WorkdayHireListener.class.getName());

    private static final String WD_ENDPOINT =
            "https://wd5-impl-services1.workday.com/ccx/service/ossoryhealth/Human_Resources/v42.1";
    private static final String WD_USER = "ISU_Badge_Sync@ossoryhealth";
    private static final String WD_PASSWORD = System.getenv().getOrDefault("WD_PASSWORD", "BadgeSync#Wd2024");

    private static final String SYNERGIS_URL = "https://synergis.ossory.local/WebSdk/entity";
    // Synergis WebSDK: "username;appId:password" in Basic auth
    private static final String SYNERGIS_AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "svc_badge;ossory-badge-sync:Synergis-Badge-77".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    String envelope(String fromDate) {
        return """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:bsvc="urn:com.workday/bsvc">
              <soapenv:Header>
                <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
                  <wsse:UsernameToken>
                    <wsse:Username>%s</wsse:Username>
                    <wsse:Password>%s</wsse:Password>
                  </wsse:UsernameToken>
                </wsse:Security>
              </soapenv:Header>
              <soapenv:Body>
                <bsvc:Get_Workers_Request bsvc:version="v42.1">
                  <bsvc:Request_Criteria>
                    <bsvc:Transaction_Log_Criteria_Data>
                      <bsvc:Transaction_Date_Range_Data>
                        <bsvc:Updated_From>%s</bsvc:Updated_From>
                      </bsvc:Transaction_Date_Range_Data>
                    </bsvc:Transaction_Log_Criteria_Data>
                  </bsvc:Request_Criteria>
                </bsvc:Get_Workers_Request>
              </soapenv:Body>
            </soapenv:Envelope>""".formatted(WD_USER, WD_PASSWORD, fromDate);
    }

    String poll(String fromDate) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(WD_ENDPOINT))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(fromDate)))
                .timeout(Duration.ofSeconds(90))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        LOG.info(() -> "Workday responded " + res.statusCode());
        return res.body();
    }

    void pushBadge(String json) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(SYNERGIS_URL))
                .header("Authorization", SYNERGIS_AUTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
    }

    public static void main(String[] args) throws Exception {
        new WorkdayHireListener().poll(args.length > 0 ? args[0] : "2025-01-01T00:00:00");
    }
}
