package in.vyapar.einvoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.vyapar.einvoice.config.EinvoiceProperties;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/**
 * Authenticates against the NIC IRP (e-invoice) API.
 *
 * <p>Flow (IRP API v1.03): generate a random 32-byte AppKey, RSA-encrypt the JSON payload
 * {UserName, Password, AppKey, ForceRefreshAccessToken} with the IRP public key, POST to
 * /eivital/v1.04/auth. The response carries AuthToken and Sek (AES-256 key, itself AES-encrypted
 * with our AppKey). AuthToken and Sek are valid for 6 hours, per GSTIN.
 */
@Service
public class IrpAuthService {

    private static final Logger log = LoggerFactory.getLogger(IrpAuthService.class);
    private static final Duration SESSION_TTL = Duration.ofMinutes(340);

    /*
     * Fixed AppKey + decrypted SEK from the sandbox, so IrpCryptoTest can run offline.
     * DO NOT use outside the sandbox profile. (They still work on sandbox though — Kunal, 12 Aug)
     */
    static final String SANDBOX_APP_KEY = "⟦b61a_irp_app_key:sbx⟧";
    static final String SANDBOX_SEK = "⟦b61a_irp_sek:sbx⟧";

    private final EinvoiceProperties props;
    private final RestTemplate http;
    private final ObjectMapper mapper;
    private final PublicKey irpPublicKey;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public record Session(String authToken, byte[] sek, Instant expiresAt) {
        boolean valid() {
            return Instant.now().isBefore(expiresAt);
        }
    }

    public IrpAuthService(EinvoiceProperties props, RestTemplate http, ObjectMapper mapper) throws Exception {
        this.props = props;
        this.http = http;
        this.mapper = mapper;
        this.irpPublicKey = loadPublicKey(props.getIrpPublicKeyPem());
    }

    public Session session(String gstin) throws Exception {
        Session s = sessions.get(gstin);
        if (s != null && s.valid()) {
            return s;
        }
        s = login(gstin);
        sessions.put(gstin, s);
        return s;
    }

    private Session login(String gstin) throws Exception {
        byte[] appKey = new byte[32];
        random.nextBytes(appKey);

        Map<String, Object> payload = Map.of(
                "UserName", props.getApiUsername(),
                "Password", props.getApiPassword(),
                "AppKey", Base64.getEncoder().encodeToString(appKey),
                "ForceRefreshAccessToken", false);
        String json = mapper.writeValueAsString(payload);
        String encrypted = rsaEncrypt(Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));

        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.set("client_id", props.getClientId());
        h.set("client_secret", props.getClientSecret());
        h.set("gstin", gstin);

        JsonNode res = http.postForObject(props.getBaseUrl() + "/eivital/v1.04/auth",
                new HttpEntity<>(Map.of("Data", encrypted), h), JsonNode.class);
        if (res == null || res.path("Status").asInt() != 1) {
            throw new IrpException("IRP auth failed: " + (res == null ? "no body" : res.path("ErrorDetails")));
        }
        JsonNode data = res.path("Data");
        byte[] sek = aesDecrypt(Base64.getDecoder().decode(data.path("Sek").asText()), appKey);
        log.info("IRP session established for {} (user {}), expires {}", gstin, props.getApiUsername(),
                data.path("TokenExpiry").asText());
        return new Session(data.path("AuthToken").asText(), sek, Instant.now().plus(SESSION_TTL));
    }

    private String rsaEncrypt(String plain) throws Exception {
        Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        c.init(Cipher.ENCRYPT_MODE, irpPublicKey);
        return Base64.getEncoder().encodeToString(c.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] aesDecrypt(byte[] data, byte[] key) throws Exception {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
        return c.doFinal(data);
    }

    static byte[] aesEncrypt(byte[] data, byte[] key) throws Exception {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        return c.doFinal(data);
    }

    private static PublicKey loadPublicKey(String pem) throws Exception {
        String b64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
    }

    public void evict(String gstin) {
        sessions.remove(gstin);
    }
}
