package gov.wexford.dmv.cics;

import com.ibm.ctg.client.ECIRequest;
import com.ibm.ctg.client.JavaGateway;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Properties;

/**
 * ECI calls into DMVCICS1 through CICS TG (dmv-ctg-01:8573, SSL). Used by the online
 * registration renewal service while the COBOL programs are still on the host.
 */
public class CtgConnector implements AutoCloseable {

    private static final Charset EBCDIC = Charset.forName("IBM037");

    private final JavaGateway gateway;
    private final String server;
    private final String userId;
    private final String password;

    public CtgConnector(Properties p) throws IOException {
        String url = p.getProperty("ctg.url", "ssl://dmv-ctg-01.wexford.gov");
        int port = Integer.parseInt(p.getProperty("ctg.port", "8573"));
        this.server = p.getProperty("ctg.server", "DMVCICS1");
        // renewals run under the RNWSVC RACF id (mirror tran CSMI -> DV20)
        this.userId = p.getProperty("ctg.user", "RNWSVC");
        this.password = p.getProperty("ctg.password", "⟦b55a_racf_password:rnwsvc⟧");
        Properties ssl = new Properties();
        ssl.setProperty(JavaGateway.SSL_PROP_KEYRING_CLASS, p.getProperty("ctg.truststore", "/opt/dmv/tls/ctg-trust.jks"));
        ssl.setProperty(JavaGateway.SSL_PROP_KEYRING_PW, p.getProperty("ctg.truststore.password", "changeit"));
        this.gateway = new JavaGateway(url, port, ssl);
    }

    public byte[] call(String program, byte[] commarea) throws IOException {
        ECIRequest req = new ECIRequest(
                ECIRequest.ECI_SYNC,
                server,
                userId,
                password,
                program,
                "DV20",
                commarea,
                commarea.length,
                ECIRequest.ECI_NO_EXTEND,
                ECIRequest.ECI_LUW_NEW);
        gateway.flow(req);
        if (req.getCicsRc() != ECIRequest.ECI_NO_ERROR) {
            throw new IOException("ECI " + program + " failed: " + req.getCicsRcString() + " abend=" + req.Abend_Code);
        }
        return req.Commarea;
    }

    public static byte[] toEbcdic(String s, int len) {
        byte[] out = new byte[len];
        java.util.Arrays.fill(out, (byte) 0x40);
        byte[] b = s.getBytes(EBCDIC);
        System.arraycopy(b, 0, out, 0, Math.min(b.length, len));
        return out;
    }

    @Override
    public void close() throws IOException {
        gateway.close();
    }
}
