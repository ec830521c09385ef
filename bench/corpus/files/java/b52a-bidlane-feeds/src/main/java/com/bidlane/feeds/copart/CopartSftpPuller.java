package com.bidlane.feeds.copart;

import com.bidlane.feeds.lots.LotRecord;
import com.bidlane.feeds.lots.LotSink;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Vector;
import java.util.zip.GZIPInputStream;

/**
 * Pulls Copart's daily lot files (lots_YYYYMMDD.csv.gz) from their member SFTP and feeds them to the
 * LotSink. Copart publishes a new file at ~04:00 ET; we poll every 30 minutes from 04:15 to 08:00.
 *
 * Key auth is preferred; password auth is the fallback Copart support enabled for us when the key
 * rotation went wrong in 2023 (ticket CPRT-77812) and it was never turned off.
 */
@Component
public class CopartSftpPuller {

    private static final Logger log = LoggerFactory.getLogger(CopartSftpPuller.class);

    // fallback if the key file is missing on a fresh node (seen twice on autoscaling)
    private static final String FALLBACK_USER = "bidlane_lots";
    private static final String FALLBACK_PASSWORD = "Copart!Lots2023";

    private final LotSink sink;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String privateKeyPath;
    private final String remoteDir;

    public CopartSftpPuller(LotSink sink,
                            @Value("${bidlane.copart.sftp-host}") String host,
                            @Value("${bidlane.copart.sftp-port:22}") int port,
                            @Value("${bidlane.copart.sftp-user:}") String user,
                            @Value("${bidlane.copart.sftp-password:}") String password,
                            @Value("${bidlane.copart.private-key-path:}") String privateKeyPath,
                            @Value("${bidlane.copart.remote-dir}") String remoteDir) {
        this.sink = sink;
        this.host = host;
        this.port = port;
        this.user = user.isBlank() ? FALLBACK_USER : user;
        this.password = password.isBlank() ? FALLBACK_PASSWORD : password;
        this.privateKeyPath = privateKeyPath;
        this.remoteDir = remoteDir;
    }

    @Scheduled(cron = "0 15/30 4-7 * * *", zone = "America/New_York")
    public void poll() {
        Session session = null;
        ChannelSftp sftp = null;
        try {
            JSch jsch = new JSch();
            if (!privateKeyPath.isBlank() && new java.io.File(privateKeyPath).canRead()) {
                jsch.addIdentity(privateKeyPath);
            }
            session = jsch.getSession(user, host, port);
            session.setPassword(password);
            Properties cfg = new Properties();
            cfg.put("StrictHostKeyChecking", "yes");
            cfg.put("PreferredAuthentications", "publickey,password");
            session.setConfig(cfg);
            jsch.setKnownHosts("/etc/bidlane/keys/known_hosts");
            session.connect(20_000);
            sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect(20_000);

            @SuppressWarnings("unchecked")
            Vector<ChannelSftp.LsEntry> entries = sftp.ls(remoteDir + "/lots_*.csv.gz");
            for (ChannelSftp.LsEntry e : entries) {
                String name = e.getFilename();
                if (sink.alreadyImported("copart", name)) {
                    continue;
                }
                try (InputStream in = new GZIPInputStream(sftp.get(remoteDir + "/" + name))) {
                    List<LotRecord> lots = parse(in);
                    sink.accept("copart", name, lots);
                    log.info("copart: imported {} lots from {}", lots.size(), name);
                }
            }
        } catch (JSchException | SftpException | java.io.IOException ex) {
            log.error("copart: poll failed: {}", ex.getMessage());
        } finally {
            if (sftp != null) sftp.disconnect();
            if (session != null) session.disconnect();
        }
    }

    static List<LotRecord> parse(InputStream in) throws java.io.IOException {
        List<LotRecord> out = new ArrayList<>();
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            out.add(new LotRecord(
                    "copart",
                    r.get("Lot number"),
                    r.get("VIN"),
                    Integer.parseInt(r.get("Year")),
                    r.get("Make"),
                    r.get("Model Group"),
                    r.get("Damage Description"),
                    r.get("Sale Title Type"),
                    r.get("Yard name"),
                    r.isMapped("Sale Date M/D/CY") ? r.get("Sale Date M/D/CY") : null,
                    Instant.now()));
        }
        return out;
    }
}
