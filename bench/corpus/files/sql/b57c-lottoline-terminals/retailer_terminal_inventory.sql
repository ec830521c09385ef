-- Retailer terminal inventory snapshot for the annual state audit (Exhibit 7).
-- Serial numbers and certificate fingerprints only; keys are held in the HSM and are never exported.
USE TerminalGateway;
GO

SELECT t.TerminalId,
       t.RetailerId,
       t.Model,
       t.FirmwareVersion,
       t.CertThumbprint,
       t.ZmkKcv,
       t.LastHeartbeatUtc
FROM dbo.Terminals t
WHERE t.Status = 'ACTIVE'
ORDER BY t.RetailerId, t.TerminalId;
GO

-- sample of the result set, pasted for the auditor
-- TerminalId  RetailerId  Model   FirmwareVersion  CertThumbprint                             ZmkKcv  LastHeartbeatUtc
-- 0417-2281   0417        LT-900  5.11.4           ⟦sha1:thumb1⟧   ⟦b57c_tdes_kcv:zmk⟧  2026-02-19 06:12:44
-- 0417-2282   0417        LT-900  5.11.4           ⟦sha1:thumb2⟧   ⟦b57c_tdes_kcv:zmk⟧  2026-02-19 06:12:51
-- 0522-0031   0522        LT-400  3.8.9            ⟦sha1:thumb3⟧   ⟦b57c_tdes_kcv:zmk⟧  2026-02-19 06:09:02
-- 0611-1190   0611        LT-900  5.12.0           ⟦sha1:thumb4⟧   ⟦b57c_tdes_kcv:zmk⟧  2026-02-19 06:13:37

INSERT INTO dbo.AuditExports (ExportedBy, ExportedAtUtc, RowCount, FileSha256)
VALUES (SUSER_SNAME(), SYSUTCDATETIME(), @@ROWCOUNT, '⟦sha256:export⟧');
GO
