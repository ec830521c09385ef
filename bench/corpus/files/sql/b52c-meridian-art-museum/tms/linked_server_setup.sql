/* =====================================================================
   TMS (The Museum System 2020) -- SQL Server 2019, instance TMSSQL01\TMS
   Linked server to the ResourceSpace reporting replica + logins for the
   eMuseum and RS tms_link integrations.
   Run as sysadmin. Last run: 2023-10-04 (J. Park, Collections IS)
   ===================================================================== */
USE [master];
GO

/* --- logins ---------------------------------------------------------- */
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'rs_tmslink')
    CREATE LOGIN [rs_tmslink] WITH PASSWORD = N'TMSlink#2022',
        DEFAULT_DATABASE = [TMS], CHECK_POLICY = OFF, CHECK_EXPIRATION = OFF;
GO

IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'emuseum_ro')
    CREATE LOGIN [emuseum_ro] WITH PASSWORD = N'⟦password:emuseum⟧',
        DEFAULT_DATABASE = [TMS], CHECK_POLICY = ON;
GO

/* hashed copy restored from the old server; not a plaintext password */
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'tms_report')
    CREATE LOGIN [tms_report] WITH PASSWORD = 0x0200⟦sha256:salt|slice=0-8⟧⟦sha256:h1⟧⟦sha256:h2⟧ HASHED,
        DEFAULT_DATABASE = [TMS];
GO

USE [TMS];
GO
CREATE USER [rs_tmslink] FOR LOGIN [rs_tmslink];
ALTER ROLE [db_datareader] ADD MEMBER [rs_tmslink];
CREATE USER [emuseum_ro] FOR LOGIN [emuseum_ro];
ALTER ROLE [db_datareader] ADD MEMBER [emuseum_ro];
GO

/* --- linked server: ResourceSpace reporting replica (MariaDB via ODBC) */
USE [master];
GO
EXEC master.dbo.sp_addlinkedserver
     @server     = N'RS_REPLICA',
     @srvproduct = N'MariaDB',
     @provider   = N'MSDASQL',
     @datasrc    = N'RS_REPLICA_DSN';
GO
EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname  = N'RS_REPLICA',
     @useself     = N'False',
     @locallogin  = NULL,
     @rmtuser     = N'rs_ro',
     @rmtpassword = N'Degas-Dancers-1874';
GO
EXEC master.dbo.sp_serveroption @server = N'RS_REPLICA', @optname = N'rpc out', @optvalue = N'true';
GO

/* --- sanity check ------------------------------------------------------ */
SELECT TOP (10) ObjectNumber, Title
FROM   TMS.dbo.vRSObjectExport
ORDER  BY ObjectID DESC;
GO
