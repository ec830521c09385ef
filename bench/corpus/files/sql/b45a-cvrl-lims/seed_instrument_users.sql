-- LabLink middleware: service users for instrument drivers and the LIS bridge
-- Run once on CVRL-SQL01\MIDDLEWARE after a rebuild (see runbook MW-004).
USE LabLink;
GO

IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = 'lablink_svc')
    CREATE LOGIN lablink_svc WITH PASSWORD = '⟦db_password:lablinkdb⟧', CHECK_POLICY = ON, DEFAULT_DATABASE = LabLink;
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = 'lablink_report')
    CREATE LOGIN lablink_report WITH PASSWORD = 'Rep0rts-ReadOnly!', CHECK_POLICY = ON, DEFAULT_DATABASE = LabLink;
GO
CREATE USER lablink_svc FOR LOGIN lablink_svc;
CREATE USER lablink_report FOR LOGIN lablink_report;
ALTER ROLE db_datareader ADD MEMBER lablink_report;
ALTER ROLE db_owner ADD MEMBER lablink_svc;
GO

-- application users (LabLink UI). password_hash = bcrypt, cost 12
INSERT INTO dbo.app_user (username, display_name, role, password_hash, must_change, created_by) VALUES
 ('tech009', 'Alvarez, R', 'TECH',       '⟦bcrypt_hash:tech009⟧', 0, 'seed'),
 ('tech014', 'Nguyen, K',  'TECH',       '⟦bcrypt_hash:tech014⟧', 0, 'seed'),
 ('tech022', 'Olsen, M',   'TECH',       '⟦bcrypt_hash:tech022⟧', 0, 'seed'),
 ('supv01',  'Brandt, J',  'SUPERVISOR', '⟦bcrypt_hash:supv01⟧',  1, 'seed');
GO

-- instrument driver accounts authenticate to the middleware REST API with a shared key
INSERT INTO dbo.driver_credential (instrument, api_user, api_key, enabled) VALUES
 ('COBAS_PURE_01', 'drv_cobas',  '⟦generic_api_key_hex32:drvcobas⟧', 1),
 ('SYSMEX_XN10',   'drv_sysmex', '⟦generic_api_key_hex32:drvsysmex⟧', 1);
GO
