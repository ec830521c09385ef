package com.saltwind.channel.expedia;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Builds the Rapid "EAN" Authorization header:
 *   Authorization: EAN APIKey={key},Signature={sha512(key + sharedSecret + ts)},timestamp={ts}
 * Used by the Rapid content importer (property catalog, not bookings).
 */
public final class RapidAuthHeader {

    // Content-only key for the catalog importer (EPS Portal > Connectivity > API key).
    // TODO(CM-412): read from the partner_credentials table like everything else.
    private static final String API_KEY = "⟦b48a_expedia_api_key:content⟧";
    private static final String SHARED_SECRET = "⟦b48a_expedia_shared_secret:content⟧";

    private RapidAuthHeader() {
    }

    public static String build(Instant now) {
        long ts = now.getEpochSecond();
        return "EAN APIKey=" + API_KEY + ",Signature=" + sha512Hex(API_KEY + SHARED_SECRET + ts) + ",timestamp=" + ts;
    }

    static String sha512Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
