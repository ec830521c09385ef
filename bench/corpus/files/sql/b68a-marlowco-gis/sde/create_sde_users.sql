-- =====================================================================
-- Marlow County GIS - enterprise geodatabase logins (SQL Server 2019)
-- Instance: GISSQL01\GIS   Database: parcels_egdb
-- Run as sysadmin AFTER "Create Enterprise Geodatabase" has created sde.
-- Keep in sync with the data owner / editor / viewer model in docs/egdb.md
-- =====================================================================
USE [master];
GO

-- data owner: owns parcels, addressing, zoning feature classes
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'gisowner')
    CREATE LOGIN [gisowner] WITH PASSWORD = N'Owner!Parcels2019', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO

-- editors from the Assessor's office (Windows auth, no password here)
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'MARLOW\GIS_Editors')
    CREATE LOGIN [MARLOW\GIS_Editors] FROM WINDOWS;
GO

-- read-only login used by ArcGIS Server map services (registered data store)
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'gisviewer')
    CREATE LOGIN [gisviewer] WITH PASSWORD = N'view3r-Marlow', CHECK_POLICY = OFF;
GO

-- FME Flow uses this one for nightly QA/QC
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'fme_etl')
    CREATE LOGIN [fme_etl] WITH PASSWORD = N'⟦db_password:fme⟧', CHECK_POLICY = ON;
GO

USE [parcels_egdb];
GO
CREATE USER [gisowner] FOR LOGIN [gisowner] WITH DEFAULT_SCHEMA = [gisowner];
CREATE USER [gisviewer] FOR LOGIN [gisviewer] WITH DEFAULT_SCHEMA = [gisviewer];
CREATE USER [fme_etl] FOR LOGIN [fme_etl] WITH DEFAULT_SCHEMA = [fme_etl];
CREATE USER [MARLOW\GIS_Editors] FOR LOGIN [MARLOW\GIS_Editors];
GO

CREATE ROLE [gis_editor];
CREATE ROLE [gis_viewer];
ALTER ROLE [gis_viewer] ADD MEMBER [gisviewer];
ALTER ROLE [gis_editor] ADD MEMBER [MARLOW\GIS_Editors];
ALTER ROLE [gis_editor] ADD MEMBER [fme_etl];
GO

-- grants on versioned views are done from ArcGIS Pro (Privileges tool), not here.

-- 2022-11-08: rotated sde after the pen test; new value is in the GIS KeePass
--   ALTER LOGIN [sde] WITH PASSWORD = N'<see KeePass: GIS / SQL / sde>';
GO
