-- DBA-455: recreate the backup-to-URL credential after the storage account key rotation.
-- SAS generated in the portal: container sql-prod, rwdl, valid until 2025-12-31.
USE master;
GO

IF EXISTS (SELECT 1 FROM sys.credentials WHERE name = N'https://tidewatersqlbackup.blob.core.windows.net/sql-prod')
    DROP CREDENTIAL [https://tidewatersqlbackup.blob.core.windows.net/sql-prod];
GO

CREATE CREDENTIAL [https://tidewatersqlbackup.blob.core.windows.net/sql-prod]
    WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
    SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-12-31T23:59:59Z&st=2024-06-01T00:00:00Z&spr=https&sig=⟦azure_sas_sig|url⟧';
GO

-- smoke test
BACKUP DATABASE [DBA_Tools] TO URL = N'https://tidewatersqlbackup.blob.core.windows.net/sql-prod/DBA_Tools/DBA_Tools_smoketest.bak'
    WITH COPY_ONLY, COMPRESSION, CHECKSUM, STATS = 25;
GO

-- login for the jobs box (see Backup-TidewaterDatabases.ps1)
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'svc_backup')
    CREATE LOGIN [svc_backup] WITH PASSWORD = N'⟦password:svcbackup2⟧', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
ALTER SERVER ROLE [dbcreator] ADD MEMBER [svc_backup];
GO
