-- linked_servers.sql  --  HCSQL02 (reporting) -> Munis / Tyler Eagle / Laserfiche
-- Re-run after a restore of HCSQL02. Keep in sync with the DR runbook (docs/runbooks/munis-upgrade.md).
USE [master];
GO

IF EXISTS (SELECT 1 FROM sys.servers WHERE name = N'MUNIS') EXEC sp_dropserver N'MUNIS', N'droplogins';
EXEC sp_addlinkedserver
     @server = N'MUNIS', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'HCMUNISSQL01\MUNIS', @catalog = N'mu_live';
EXEC sp_addlinkedsrvlogin
     @rmtsrvname = N'MUNIS', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'rpt_linked', @rmtpassword = N'⟦db_password:linked⟧';
GO

-- Tyler Eagle (recorder / land records) -- vendor-hosted, VPN tunnel 10.250.4.0/24
IF EXISTS (SELECT 1 FROM sys.servers WHERE name = N'EAGLE') EXEC sp_dropserver N'EAGLE', N'droplogins';
EXEC sp_addlinkedserver
     @server = N'EAGLE', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'10.250.4.21,14330';
EXEC sp_addlinkedsrvlogin
     @rmtsrvname = N'EAGLE', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'harlan_ro', @rmtpassword = N'Eagle#Recorder22';
GO

-- login used by the Open Data ETL (reads the reporting views only)
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'etl_opendata')
    CREATE LOGIN [etl_opendata] WITH PASSWORD = N'⟦password:etl_opendata⟧', CHECK_POLICY = OFF, DEFAULT_DATABASE = [CountyReporting];
GO
USE [CountyReporting];
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'etl_opendata')
    CREATE USER [etl_opendata] FOR LOGIN [etl_opendata];
ALTER ROLE [opendata_reader] ADD MEMBER [etl_opendata];
GO
