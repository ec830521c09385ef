package com.pinecall.gateway.five9;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Minimal SOAP client for the Five9 Configuration Web Services (AdminWebService v13).
 * Five9 uses HTTP Basic authentication with a VCC admin user that has the "Can access Configuration
 * Web Services" permission.
 */
public final class Five9AdminClient {

    private static final Logger LOG = LoggerFactory.getLogger(Five9AdminClient.class);

    private static final String DEFAULT_ENDPOINT = "https://api.five9.eu/wsadmin/v13_ws/AdminWebService";

    /** Used by the nightly agent-sync when no tenant override is configured (Northwind). */
    private static final String DEFAULT_AUTH =
            "Basic ⟦lit:pinecall.api@northwind-energy.com:Northwind#Five9!|b64⟧";

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;

    public Five9AdminClient(String endpoint, String username, String password) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.endpoint = URI.create(endpoint == null ? DEFAULT_ENDPOINT : endpoint);
        if (username == null || password == null) {
            LOG.warn("five9 credentials not configured for tenant, falling back to default service user");
            this.authorization = DEFAULT_AUTH;
        } else {
            String raw = username + ":" + password;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }
    }

    public String getUsersGeneralInfo(String usernamePattern) throws Exception {
        String body = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ser="http://service.admin.ws.five9.com/">
                  <soapenv:Header/>
                  <soapenv:Body>
                    <ser:getUsersGeneralInfo>
                      <userNamePattern>%s</userNamePattern>
                    </ser:getUsersGeneralInfo>
                  </soapenv:Body>
                </soapenv:Envelope>
                """.formatted(Objects.requireNonNullElse(usernamePattern, ".*"));
        return post(body);
    }

    public String addToList(String listName, List<String[]> rows) throws Exception {
        StringBuilder records = new StringBuilder();
        for (String[] row : rows) {
            records.append("<importData>");
            for (String v : row) {
                records.append("<values>").append(escape(v)).append("</values>");
            }
            records.append("</importData>");
        }
        String body = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ser="http://service.admin.ws.five9.com/">
                  <soapenv:Body>
                    <ser:addToList>
                      <listName>%s</listName>
                      <listUpdateSettings>
                        <fieldsMapping><columnNumber>1</columnNumber><fieldName>number1</fieldName><key>true</key></fieldsMapping>
                        <fieldsMapping><columnNumber>2</columnNumber><fieldName>first_name</fieldName><key>false</key></fieldsMapping>
                        <fieldsMapping><columnNumber>3</columnNumber><fieldName>last_name</fieldName><key>false</key></fieldsMapping>
                        <crmAddMode>ADD_NEW</crmAddMode>
                        <crmUpdateMode>UPDATE_FIRST</crmUpdateMode>
                        <listAddMode>ADD_FIRST</listAddMode>
                      </listUpdateSettings>
                      %s
                    </ser:addToList>
                  </soapenv:Body>
                </soapenv:Envelope>
                """.formatted(escape(listName), records);
        return post(body);
    }

    private String post(String envelope) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 400) {
            throw new IllegalStateException("Five9 returned " + res.statusCode() + ": " + res.body());
        }
        return res.body();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
