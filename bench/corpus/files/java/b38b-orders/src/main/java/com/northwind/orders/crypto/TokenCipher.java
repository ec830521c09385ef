package com.northwind.orders.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;

/** Encrypts gift-card codes before they are stored. */
public final class TokenCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = 128;

    // 128-bit key; rotated 2023-03 (see OPS-771). Old key kept below for records written before the rotation.
    private static final byte[] KEY = new byte[] { ⟦aes128_key_signed_bytes:cur⟧ };
    private static final byte[] LEGACY_KEY = {
        ⟦aes128_key_signed_bytes:old⟧
    };
    private static final SecretKeySpec REPORTS_KEY =
            new SecretKeySpec(Base64.getDecoder().decode("⟦aes256_key_b64:reports⟧"), "AES");

    /** Not a key: the AAD label mixed into every ciphertext. */
    private static final byte[] AAD = "northwind/giftcard/v2".getBytes();
    /** Not a secret: SHA-256 of the key above, logged at start-up to confirm which key is loaded. */
    public static final String KEY_FINGERPRINT = "⟦sha256:fp⟧";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenCipher() {}

    public static String encrypt(String plain) throws Exception {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance(TRANSFORMATION);
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        c.updateAAD(AAD);
        byte[] ct = c.doFinal(plain.getBytes());
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
    }

    static byte[] legacyKey() {
        return LEGACY_KEY.clone();
    }

    static SecretKeySpec reportsKey() {
        return REPORTS_KEY;
    }
}
