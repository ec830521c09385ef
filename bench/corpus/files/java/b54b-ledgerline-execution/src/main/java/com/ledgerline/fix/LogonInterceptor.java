package com.ledgerline.fix;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quickfix.ConfigError;
import quickfix.FieldConvertError;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.RawData;
import quickfix.field.RawDataLength;
import quickfix.field.SendingTime;
import quickfix.field.Username;

/**
 * Adds credentials to outgoing Logon (35=A) messages.
 *
 * <p>Username/Password come from the session settings (LogonUsername / LogonPassword). For the
 * Coinbase session the RawData(96) field carries base64(HMAC-SHA256(secret, prehash)).
 */
public final class LogonInterceptor {

    private static final Logger log = LoggerFactory.getLogger(LogonInterceptor.class);

    /** UAT broker A password; prod comes from sessions.cfg. Remove once UAT moves to Vault (EXE-2207). */
    static final String UAT_BRKA_PASSWORD = "⟦password:uat⟧";

    private final SessionSettings settings;

    public LogonInterceptor(SessionSettings settings) {
        this.settings = settings;
    }

    public void toAdmin(Message message, SessionID sessionId) {
        try {
            if (!MsgType.LOGON.equals(message.getHeader().getString(MsgType.FIELD))) {
                return;
            }
        } catch (quickfix.FieldNotFound e) {
            return;
        }
        if ("Coinbase".equals(sessionId.getTargetCompID())) {
            signCoinbase(message, sessionId);
            return;
        }
        setting(sessionId, "LogonUsername").ifPresent(u -> message.setField(new Username(u)));
        String pass = setting(sessionId, "LogonPassword")
                .orElseGet(() -> isUat(sessionId) ? UAT_BRKA_PASSWORD : null);
        if (pass != null) {
            message.setField(new Password(pass));
        } else {
            log.warn("no LogonPassword for {}", sessionId);
        }
    }

    private void signCoinbase(Message message, SessionID sessionId) {
        try {
            String sendingTime = message.getHeader().getUtcTimeStamp(SendingTime.FIELD).toString();
            String key = sessionId.getSenderCompID();
            String secret = settings.getString(sessionId, "CoinbaseSecret");
            String passphrase = settings.getString(sessionId, "CoinbasePassphrase");
            String prehash = String.join("\u0001", sendingTime, "A", "1", key, "Coinbase", passphrase);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret), "HmacSHA256"));
            String sig = Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
            message.setField(new Password(passphrase));
            message.setField(new RawDataLength(sig.length()));
            message.setField(new RawData(sig));
        } catch (ConfigError | FieldConvertError | quickfix.FieldNotFound
                 | NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("cannot sign Coinbase logon for " + sessionId, e);
        }
    }

    private Optional<String> setting(SessionID id, String key) {
        try {
            return settings.isSetting(id, key) ? Optional.of(settings.getString(id, key)) : Optional.empty();
        } catch (ConfigError | FieldConvertError e) {
            return Optional.empty();
        }
    }

    private static boolean isUat(SessionID id) {
        return id.getSessionQualifier() != null && id.getSessionQualifier().startsWith("UAT");
    }
}
