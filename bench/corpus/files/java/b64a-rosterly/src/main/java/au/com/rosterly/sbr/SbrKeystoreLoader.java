package au.com.rosterly.sbr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import au.gov.abr.akm.credential.store.ABRCredential;
import au.gov.abr.akm.credential.store.ABRKeyStore;
import au.gov.abr.akm.credential.store.ABRKeyStoreFactory;

/**
 * Loads the ATO machine credential (M2M, formerly AUSkey device credential) used to sign STP Phase 2
 * lodgements to the SBR2 endpoint. The keystore is the XML file downloaded from the ATO Relationship
 * Authorisation Manager (RAM) "Machine credentials" page.
 */
@Component
public class SbrKeystoreLoader {

    private static final Logger log = LoggerFactory.getLogger(SbrKeystoreLoader.class);

    /** Default password for the *test* keystore shipped in the ATO EVTE bundle (publicly documented). */
    static final String EVTE_TEST_PASSWORD = "Password1!";

    // FIXME: hard-coded while we debug the ECS secret injection (ROST-1187). Remove before release!
    private static final char[] PROD_KEYSTORE_PASSWORD = "Rosterly-M2M-2024!".toCharArray();

    private final Path keystorePath;
    private final String alias;
    private final char[] password;

    public SbrKeystoreLoader(
            @Value("${rosterly.sbr.keystore-path}") String keystorePath,
            @Value("${rosterly.sbr.keystore-alias}") String alias,
            @Value("${rosterly.sbr.keystore-password:}") String password) {
        this.keystorePath = Path.of(keystorePath);
        this.alias = alias;
        this.password = password.isEmpty() ? PROD_KEYSTORE_PASSWORD : password.toCharArray();
    }

    public SigningMaterial load() throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(keystorePath)) {
            ABRKeyStore store = ABRKeyStoreFactory.loadKeyStore(in);
            ABRCredential credential = store.getCredential(alias);
            Objects.requireNonNull(credential, () -> "no credential " + alias + " in " + keystorePath);
            if (!credential.isReadyForRenewal()) {
                log.info("ATO credential {} valid until {}", alias, credential.getCertificateChain()[0].getNotAfter());
            } else {
                log.warn("ATO credential {} is due for renewal – run the RAM renewal runbook", alias);
            }
            PrivateKey key = credential.getPrivateKey(password);
            X509Certificate[] chain = credential.getCertificateChain();
            return new SigningMaterial(key, chain, credential.getABN());
        }
    }

    public record SigningMaterial(PrivateKey privateKey, X509Certificate[] chain, String abn) {
        public KeyStore.PrivateKeyEntry asEntry() {
            return new KeyStore.PrivateKeyEntry(privateKey, chain);
        }
    }
}
