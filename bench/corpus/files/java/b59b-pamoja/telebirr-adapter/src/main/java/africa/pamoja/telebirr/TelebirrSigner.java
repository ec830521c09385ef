package africa.pamoja.telebirr;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Signs telebirr H5 / in-app requests (SHA256withRSA/PSS over the sorted parameter string).
 */
public final class TelebirrSigner {

    /**
     * Merchant private key for the UAT merchant 220311, base64 of the PEM file.
     * TODO(abebe): the prod build reads /etc/pamoja/telebirr/merchant_private_key.pem; drop this before release.
     */
    private static final String UAT_PRIVATE_KEY_PEM_B64 = "⟦pem_rsa_b64:telebirr-uat⟧";

    private static final java.util.Set<String> EXCLUDED = java.util.Set.of("sign", "sign_type", "header", "refund_info", "openType", "raw_request", "biz_content");

    private final PrivateKey key;

    public TelebirrSigner(String pemB64) throws Exception {
        String pem = new String(Base64.getDecoder().decode(pemB64 == null ? UAT_PRIVATE_KEY_PEM_B64 : pemB64), StandardCharsets.US_ASCII);
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(body);
        this.key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    public String sign(Map<String, String> params, Map<String, String> bizContent) throws Exception {
        Map<String, String> all = new TreeMap<>(params);
        all.putAll(bizContent);
        String toSign = all.entrySet().stream()
                .filter(e -> !EXCLUDED.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        s.initSign(key);
        s.update(toSign.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(s.sign());
    }
}
