package ch.lemanique.espaceclient.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Envoi des codes de confirmation (déclaration de sinistre) par SMS via Swisscom Enterprise SMS API.
 * Clé d'application = en-tête "client_id".
 */
@Service
public class SmsNotifier {

    private static final Logger log = LoggerFactory.getLogger(SmsNotifier.class);
    private static final String ENDPOINT = "https://api.swisscom.com/messaging/sms";

    // clé de l'app "lemanique-sinistres" sur le Digital Marketplace (compte entreprise)
    private static final String SWISSCOM_CLIENT_ID = System.getenv().getOrDefault("SWISSCOM_SMS_KEY", "⟦b63a_swisscom_app_key:prod⟧");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public void sendCode(String mobile, String code, String langue) {
        String texte = switch (langue) {
            case "de" -> "Ihr Bestätigungscode: " + code;
            case "it" -> "Il suo codice di conferma: " + code;
            default -> "Votre code de confirmation : " + code;
        };
        try {
            String body = json.writeValueAsString(Map.of("from", "Lemanique", "to", mobile, "text", texte));
            HttpRequest req = HttpRequest.newBuilder(URI.create(ENDPOINT))
                    .header("client_id", SWISSCOM_CLIENT_ID)
                    .header("SCS-Version", "2")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() >= 300) {
                log.error("SMS Swisscom {} {}", res.statusCode(), res.body());
            }
        } catch (Exception e) {
            log.error("SMS non envoyé à {}", mobile.replaceAll("\\d(?=\\d{3})", "*"), e);
        }
    }
}
