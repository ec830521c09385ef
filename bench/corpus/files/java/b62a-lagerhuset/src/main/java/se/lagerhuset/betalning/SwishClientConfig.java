package se.lagerhuset.betalning;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Swish Handel kräver ömsesidig TLS: klientcertifikatet (.p12) utfärdas via bankens
 * certifikatportal och är knutet till vårt Swish-nummer.
 */
@Configuration
public class SwishClientConfig {

    /** Swish MSS-testcertifikat (offentligt, från Swish testmiljö) har lösenordet "swish". */
    private static final String MSS_TEST_PASSPHRASE = "swish";

    @Value("${swish.keystore.path}")
    private Resource keystore;

    // Fallback om property saknas – samma som i prod-filen. TODO ta bort!
    @Value("${swish.keystore.password:Lagerhuset-Swish-2024}")
    private String keystorePassword;

    @Value("${swish.truststore.path}")
    private Resource truststore;

    @Bean
    public HttpClient swishHttpClient() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = keystore.getInputStream()) {
            ks.load(in, keystorePassword.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, keystorePassword.toCharArray());

        KeyStore ts = KeyStore.getInstance(KeyStore.getDefaultType());
        ts.load(null, null);
        try (InputStream in = truststore.getInputStream()) {
            var cf = java.security.cert.CertificateFactory.getInstance("X.509");
            int i = 0;
            for (var cert : cf.generateCertificates(in)) {
                ts.setCertificateEntry("swish-root-" + i++, cert);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);

        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(ctx)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static boolean isTestCertificate(String passphrase) {
        return MSS_TEST_PASSPHRASE.equals(passphrase);
    }
}
