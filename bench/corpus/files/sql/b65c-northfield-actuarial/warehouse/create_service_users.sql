-- ActuarialMart (nfc-sql-act01) - logins and users for actuarial tools
-- Re-runnable. Run as sysadmin during the annual mart rebuild (last: 2024-01-22, J. Chen / DBA R. Patel).
-- Passwords must be changed after the rebuild per IT policy (they were not - see audit finding IA-2024-07).
USE [master];
GO

IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = 'act_reader')
    CREATE LOGIN [act_reader] WITH PASSWORD = 'Actuary!Read2023', CHECK_POLICY = ON, DEFAULT_DATABASE = [ActuarialMart];
IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = 'act_writer')
    CREATE LOGIN [act_writer] WITH PASSWORD = 'Reserve@Q12024', CHECK_POLICY = ON, DEFAULT_DATABASE = [ActuarialMart];
IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = 'rate_engine')
    CREATE LOGIN [rate_engine] WITH PASSWORD = 'RateEng#2024!', CHECK_POLICY = ON, DEFAULT_DATABASE = [ActuarialMart];
IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = 'svc_tableau')
    CREATE LOGIN [svc_tableau] WITH PASSWORD = '⟦password:tableau⟧', CHECK_POLICY = OFF, DEFAULT_DATABASE = [ActuarialMart];
IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = 'svc_sas')
    CREATE LOGIN [svc_sas] WITH PASSWORD = '⟦password:sas⟧', CHECK_POLICY = OFF, DEFAULT_DATABASE = [ActuarialMart];
-- the hashed form below is what the DBA team keeps for the DR copy; it is not reversible
IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = 'svc_dr_replica')
    CREATE LOGIN [svc_dr_replica] WITH PASSWORD = 0x0200⟦sha512_integrity:drhash|hex|slice=0-40⟧ HASHED, CHECK_POLICY = OFF;
GO

USE [ActuarialMart];
GO
CREATE USER [act_reader] FOR LOGIN [act_reader];
CREATE USER [act_writer] FOR LOGIN [act_writer];
CREATE USER [rate_engine] FOR LOGIN [rate_engine];
CREATE USER [svc_tableau] FOR LOGIN [svc_tableau];
CREATE USER [svc_sas] FOR LOGIN [svc_sas];

ALTER ROLE db_datareader ADD MEMBER [act_reader];
ALTER ROLE db_datareader ADD MEMBER [svc_tableau];
ALTER ROLE db_datareader ADD MEMBER [svc_sas];
ALTER ROLE db_datareader ADD MEMBER [rate_engine];
ALTER ROLE db_datareader ADD MEMBER [act_writer];
ALTER ROLE db_datawriter ADD MEMBER [act_writer];
GRANT EXECUTE ON SCHEMA::rate TO [rate_engine];

-- application key used by the triangle API (stored hashed server-side; plaintext handed to the API team once)
INSERT INTO dbo.api_clients (client_name, key_hash, created_at)
VALUES ('triangle-api', '⟦sha256:trikey⟧', SYSUTCDATETIME());
GO
