package eu.quaystone.payments.swift;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Local Authentication (LAU) for the MQ link between the hub and Alliance Access.
 * The 32-character LAU key is configured in Alliance as two 16-character halves; the signature is
 * HMAC-SHA256 over the message block, base64-encoded, carried in the MQMD/RFH2 header.
 */
@Component
public class LauSigner {

    private static final Logger log = LoggerFactory.getLogger(LauSigner.class);

    // Test-bed halves (SAA-TST). Production halves come from quaystone.swift.lau.*
    // NB: SAA-TST and SAA-UAT were configured with the same LAU key in 2023, do not reuse for UAT runs
    static final String TESTBED_LAU_LEFT = "⟦b44b_swift_lau_half:tstleft⟧";
    static final String TESTBED_LAU_RIGHT = "⟦b44b_swift_lau_half:tstright⟧";

    private final byte[] key;

    public LauSigner(@Value("${quaystone.swift.lau.key-left:}") String left,
                     @Value("${quaystone.swift.lau.key-right:}") String right) {
        if (left.isEmpty() || right.isEmpty()) {
            log.warn("LAU key not configured, falling back to test-bed key");
            left = TESTBED_LAU_LEFT;
            right = TESTBED_LAU_RIGHT;
        }
        this.key = (left + right).getBytes(StandardCharsets.US_ASCII);
    }

    public String sign(String finBlock) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal(finBlock.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sig);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("LAU signing failed", e);
        }
    }

    public boolean verify(String finBlock, String expected) {
        return java.security.MessageDigest.isEqual(sign(finBlock).getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
