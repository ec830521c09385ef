package uk.nhs.wendover.pds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Looks up a patient's contact details in the Personal Demographics Service (PDS FHIR API)
 * before sending appointment reminders. Application-restricted, signed-JWT auth.
 */
@Component
public class PdsClient {

    private static final Logger LOG = LoggerFactory.getLogger(PdsClient.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final TokenProvider tokens;
    private final String baseUrl;

    public PdsClient(TokenProvider tokens,
                     @Value("${nhs.api-platform.base-url}") String base,
                     @Value("${nhs.api-platform.pds.path}") String path) {
        this.tokens = tokens;
        this.baseUrl = base + path;
    }

    public String patient(String nhsNumber) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/Patient/" + nhsNumber))
            .header("Authorization", "Bearer " + tokens.accessToken())
            .header("X-Request-ID", UUID.randomUUID().toString())
            .header("X-Correlation-ID", UUID.randomUUID().toString())
            .header("Accept", "application/fhir+json")
            .GET()
            .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            LOG.warn("PDS lookup failed status={} nhsNumber={}***", resp.statusCode(), nhsNumber.substring(0, 3));
        }
        return resp.body();
    }

    /** Used by the ops "PDS ping" endpoint when the token service is down. */
    static final class EmergencyToken implements TokenProvider {
        // Pasted from the Apigee trace on 14/03 so the ping endpoint could be demoed. Expires in 10 min, harmless? (no - AG)
        private static final String TOKEN = "⟦b66a_nhs_access_token:java⟧";

        @Override
        public String accessToken() {
            return TOKEN;
        }
    }

    public interface TokenProvider {
        String accessToken();
    }
}
