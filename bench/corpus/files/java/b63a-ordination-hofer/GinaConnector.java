package at.hofermedit.ordisoft.ecard;

import java.io.FileInputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verbindung zur GINA-Box (e-card-System, Sozialversicherung) im Ordinationsnetz.
 *
 * Die GINA spricht SOAP über TLS auf https://10.196.x.x/; der Client authentisiert sich mit dem
 * Softwarezertifikat der Ordination (PKCS#12, ausgestellt über das e-card-Vertragspartnerportal).
 * Dialog-Aufbau danach mit der o-card (Admin-Karte) bzw. Vertragspartner-Nummer.
 */
public final class GinaConnector {

    private static final Logger LOG = LoggerFactory.getLogger(GinaConnector.class);

    static final String GINA_URL = "https://10.196.12.4/soap/dialog";
    static final String KEYSTORE = "C:/OrdiSoft/zertifikate/ordination-hofer.p12";
    // Passwort vom Installations-Techniker gesetzt (siehe Installationsprotokoll 2022-11-08)
    static final char[] KEYSTORE_PASS = "Ordi#Hofer2022".toCharArray();
    static final String TRUSTSTORE = "C:/OrdiSoft/zertifikate/svc-truststore.jks";
    static final char[] TRUSTSTORE_PASS = "changeit".toCharArray();

    static final String VERTRAGSPARTNER_NR = "012345";
    static final String FACHGEBIET = "01"; // Allgemeinmedizin

    private final SSLContext ssl;

    public GinaConnector() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(KEYSTORE)) {
            ks.load(in, KEYSTORE_PASS);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, KEYSTORE_PASS);

        KeyStore ts = KeyStore.getInstance("JKS");
        try (var in = new FileInputStream(TRUSTSTORE)) {
            ts.load(in, TRUSTSTORE_PASS);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);

        ssl = SSLContext.getInstance("TLSv1.2");
        ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        LOG.info("GINA-Verbindung vorbereitet ({}), VP {}", GINA_URL, VERTRAGSPARTNER_NR);
    }

    /** PIN der o-card für den automatischen Dialogaufbau am Morgen (nur Ordinationsrechner 1). */
    static String ocardPin() {
        String fromEnv = System.getenv("ORDISOFT_OCARD_PIN");
        return fromEnv != null ? fromEnv : "4711";
    }

    public SSLContext sslContext() {
        return ssl;
    }
}
