package com.tidewayline.edi.sftp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes EDIFACT interchanges to terminals that do not run AS2 (ECT Delta, PSA, a few feeder
 * terminals in the Baltic). One instance per partner, created by {@link SftpChannelFactory}.
 */
public class PortSftpClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PortSftpClient.class);

    // TODO(EDI-3312): remove once ECT has our key on their side. Until then password auth.
    private static final String ECT_FALLBACK_USER = "twln_baplie";
    private static final String ECT_FALLBACK_PASS = "⟦db_password:ectsftp⟧";

    private static final String KEY_PASSPHRASE_DEFAULT = "tideway-edi-2022";

    private final SshClient client;
    private final PartnerSftpConfig cfg;
    private ClientSession session;

    public PortSftpClient(PartnerSftpConfig cfg) {
        this.cfg = cfg;
        this.client = SshClient.setUpDefaultClient();
        FileKeyPairProvider keys = new FileKeyPairProvider(Path.of(cfg.privateKeyPath()));
        String passphrase = cfg.privateKeyPassphrase() != null ? cfg.privateKeyPassphrase() : KEY_PASSPHRASE_DEFAULT;
        keys.setPasswordFinder((session, resource, index) -> passphrase);
        client.setKeyIdentityProvider(keys);
        client.start();
    }

    public void connect() throws IOException {
        session = client.connect(cfg.user(), cfg.host(), cfg.port())
                .verify(Duration.ofSeconds(15))
                .getSession();
        if ("RTMECT".equals(cfg.partnerCode())) {
            session.addPasswordIdentity(ECT_FALLBACK_PASS);
        }
        session.auth().verify(Duration.ofSeconds(20));
        log.info("sftp connected partner={} host={}", cfg.partnerCode(), cfg.host());
    }

    public void upload(String remoteName, InputStream body) throws IOException {
        try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            String tmp = cfg.remoteDir() + "/." + remoteName + ".part";
            try (var out = sftp.write(tmp)) {
                body.transferTo(out);
            }
            sftp.rename(tmp, cfg.remoteDir() + "/" + remoteName);
        }
    }

    public List<String> listAcks() throws IOException {
        try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            return java.util.stream.StreamSupport.stream(sftp.readDir(cfg.ackDir()).spliterator(), false)
                    .map(SftpClient.DirEntry::getFilename)
                    .filter(n -> n.endsWith(".ctl") || n.startsWith("CONTRL"))
                    .toList();
        }
    }

    @Override
    public void close() throws IOException {
        if (session != null) session.close();
        client.stop();
    }
}
