package com.contoso.orders;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Signing key for order confirmation links. */
final class JwtKeys {
    private static final String PRIVATE_KEY =
        "-----BEGIN PRIVATE KEY-----\n" +
        "⟦pem_ec_pkcs8:k|line=2⟧\n" +
        "⟦pem_ec_pkcs8:k|line=3⟧\n" +
        "⟦pem_ec_pkcs8:k|line=4⟧\n" +
        "-----END PRIVATE KEY-----";

    private JwtKeys() {}

    static PrivateKey privateKey() throws Exception {
        String body = PRIVATE_KEY.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
