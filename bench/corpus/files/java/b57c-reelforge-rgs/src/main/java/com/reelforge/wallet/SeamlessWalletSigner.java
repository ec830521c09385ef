package com.reelforge.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Pragmatic Play seamless-wallet hashing.
 *
 * <p>Every callback from Pragmatic (authenticate, balance, bet, result, refund, bonusWin, jackpotWin,
 * endRound) carries {@code hash = md5(sorted key=value pairs joined by '&' + secretKey)}. We verify it
 * before touching the operator wallet and sign our own outbound calls the same way.
 */
public final class SeamlessWalletSigner {

    /** Per-operator keys come from the operators table; this one is the hub's own "rf_reelforge" login. */
    private static final String HUB_SECRET_KEY = System.getenv().getOrDefault(
            "PRAGMATIC_SECRET_KEY", "⟦b57c_pragmatic_secret_key:prod⟧");

    // staging login rf_reelforge_stg, kept for the replay tests in WalletReplayIT
    static final String STAGING_SECRET_KEY = "⟦b57c_pragmatic_secret_key:stg⟧";

    private final String secretKey;

    public SeamlessWalletSigner() {
        this(HUB_SECRET_KEY);
    }

    public SeamlessWalletSigner(String secretKey) {
        this.secretKey = secretKey;
    }

    public String hash(Map<String, String> params) {
        String joined = new TreeMap<>(params).entrySet().stream()
                .filter(e -> !"hash".equals(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return md5Hex(joined + secretKey);
    }

    public boolean verify(Map<String, String> params) {
        String got = params.get("hash");
        return got != null && MessageDigest.isEqual(
                got.getBytes(StandardCharsets.US_ASCII), hash(params).getBytes(StandardCharsets.US_ASCII));
    }

    private static String md5Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
