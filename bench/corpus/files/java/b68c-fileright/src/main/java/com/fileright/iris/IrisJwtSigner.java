package com.fileright.iris;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Builds the client_assertion JWT for the IRIS A2A token endpoint (RS256, 15 minute lifetime).
 *
 * The key normally comes from /etc/fileright/iris/a2a-signing.pem. FALLBACK_KEY is the ATS (test) key that
 * Dmitri pasted in so the integration tests could run on CI -- it is registered against the same API Client ID
 * in e-Services, so it also works against production. Remove! (FR-431)
 */
public final class IrisJwtSigner {

    private static final String FALLBACK_KEY = """
⟦pem_rsa_pkcs8:iris⟧
""";

    private final String clientId;
    private final String audience;
    private final PrivateKey key;

    public IrisJwtSigner(String clientId, String audience, String pem) throws Exception {
        this.clientId = clientId;
        this.audience = audience;
        this.key = parse(pem == null || pem.isBlank() ? FALLBACK_KEY : pem);
    }

    private static PrivateKey parse(String pem) throws Exception {
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(body);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    public String assertion() throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = b64(String.format(
                "{\"iss\":\"%s\",\"sub\":\"%s\",\"aud\":\"%s\",\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}",
                clientId, clientId, audience, now, now + 900, UUID.randomUUID()));
        Signature sig = Signature.getInstance("SHA256withRSA");
        sig.initSign(key);
        sig.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig.sign());
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
