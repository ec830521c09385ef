-- EDI partner configuration table used by the Boomi "EDI_Router" process (WMS database)
-- Seed for TEST refresh, generated from PROD on 2025-01-14 by rhughes
-- NOTE: cert_fingerprint is the SHA-256 of the partner's public AS2 certificate

SET NOCOUNT ON;
GO

DELETE FROM dbo.edi_partner_config WHERE environment = 'TEST';
GO

INSERT INTO dbo.edi_partner_config
    (partner_code, environment, transport, host, port, username, secret, as2_id, cert_fingerprint, active)
VALUES
    ('CARDINAL', 'TEST', 'SFTP', 'sftp-test.cardinalhealth-edi.example.net', 22, 'KESTRELMED01', 'Cardinal!Edi#77', NULL,
     NULL, 1),
    ('MCKESSON', 'TEST', 'AS2', 'https://as2-uat.mckesson.example.com/as2', 443, NULL, '⟦password:mckas2⟧', 'KESTRELMED-AS2',
     '⟦sha256:mck⟧', 1),
    ('OWENSMINOR', 'TEST', 'VAN', 'van.opentext-gxs.example.com', 443, 'KMS77231', 'Owens2024', NULL,
     NULL, 0),
    ('HENRYSCHEIN', 'TEST', 'AS2', 'https://edi.henryschein.example.com/as2/in', 443, NULL, NULL, 'KESTREL-HS',
     '⟦sha256:hs⟧', 1);
GO

-- sanity check
SELECT partner_code, transport, active FROM dbo.edi_partner_config WHERE environment = 'TEST' ORDER BY partner_code;
GO
