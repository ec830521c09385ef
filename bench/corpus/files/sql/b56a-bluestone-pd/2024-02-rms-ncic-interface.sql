/*
  Bluestone PD RMS - NCIC/state switch interface setup (vendor script, adapted by BPD IT)
  Run on bpd-rmssql01 as sysadmin. Ticket BPD-IT-1184.
*/
USE [RMS];
GO

-- interface user for the message switch connector
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'rms_ncic')
    CREATE LOGIN [rms_ncic] WITH PASSWORD = N'Ncic-Conn3ctor!BPD', DEFAULT_DATABASE = [RMS], CHECK_EXPIRATION = OFF, CHECK_POLICY = OFF;
GO
CREATE USER [rms_ncic] FOR LOGIN [rms_ncic];
ALTER ROLE [ncic_interface] ADD MEMBER [rms_ncic];
GO

-- interface configuration rows read by the connector at start-up
DELETE FROM dbo.InterfaceConfig WHERE InterfaceName = N'STATE_SWITCH';
INSERT INTO dbo.InterfaceConfig (InterfaceName, ConfigKey, ConfigValue) VALUES
  (N'STATE_SWITCH', N'Host',          N'198.51.100.20'),
  (N'STATE_SWITCH', N'Port',          N'5040'),
  (N'STATE_SWITCH', N'ORI',           N'⟦b56a_ncic_ori:sql⟧'),
  (N'STATE_SWITCH', N'MnemonicPrefix',N'BPD'),
  (N'STATE_SWITCH', N'TerminalId',    N'BPDRMS01'),
  (N'STATE_SWITCH', N'Password',      N'Sw!tchTerm-0091'),
  (N'STATE_SWITCH', N'UseTls',        N'1'),
  (N'STATE_SWITCH', N'CertThumbprint',N'⟦sha1:thumb⟧');
GO

-- users allowed to run NCIC queries from RMS (must have current CJIS cert, see HR)
INSERT INTO dbo.NcicOperators (Badge, OperatorId, CertExpires) VALUES
  (N'1142', N'BPD1142', '2025-06-30'),
  (N'1187', N'BPD1187', '2024-11-15'),
  (N'1203', N'BPD1203', '2026-01-31');
GO
