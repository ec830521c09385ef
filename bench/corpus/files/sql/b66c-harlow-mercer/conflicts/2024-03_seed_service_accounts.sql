-- HM_Conflicts: service accounts and external lookups used by the conflicts engine
-- Applied to HMSQL03\CONFLICTS by dokafor on 2024-03-04 (CHG-0412)
-- NOTE: app users authenticate via AD; app_user.pwd_hash is only used by the break-glass login.

USE HM_Conflicts;
GO

IF OBJECT_ID('dbo.external_source') IS NULL
CREATE TABLE dbo.external_source (
    source_id     INT IDENTITY(1,1) PRIMARY KEY,
    source_name   NVARCHAR(64)  NOT NULL,
    base_url      NVARCHAR(256) NOT NULL,
    auth_type     NVARCHAR(16)  NOT NULL,   -- basic | apikey | oauth
    login_name    NVARCHAR(128) NULL,
    secret_value  NVARCHAR(512) NULL,
    enabled       BIT           NOT NULL DEFAULT 1,
    created_utc   DATETIME2     NOT NULL DEFAULT SYSUTCDATETIME()
);
GO

INSERT INTO dbo.external_source (source_name, base_url, auth_type, login_name, secret_value) VALUES
 (N'PACER Case Locator',      N'https://pcl.uscourts.gov/pcl-public-api/rest', N'basic',  N'hmercer_conflicts', N'Pcl-Conflicts-2024!'),
 (N'CourtListener',           N'https://www.courtlistener.com/api/rest/v4',     N'apikey', NULL,                 N'⟦b66c_courtlistener_token:conf⟧'),
 (N'Lexis Company Dossier',   N'https://services-api.lexisnexis.com/v1',        N'oauth',  N'⟦b66c_lexisnexis_client_id:conf⟧', N'⟦b66c_lexisnexis_client_secret:conf⟧'),
 (N'Clio (lateral hires)',    N'https://app.clio.com/api/v4',                   N'oauth',  NULL,                 NULL),
 (N'Secretary of State (DE)', N'https://icis.corp.delaware.gov/ecorp',          N'basic',  N'harlowmercer',      N'Delaware#HM01');
GO

IF OBJECT_ID('dbo.app_user') IS NULL
CREATE TABLE dbo.app_user (
    user_id     INT IDENTITY(1,1) PRIMARY KEY,
    login       NVARCHAR(64) NOT NULL UNIQUE,
    display     NVARCHAR(128) NOT NULL,
    pwd_hash    NVARCHAR(100) NULL,
    is_admin    BIT NOT NULL DEFAULT 0
);
GO

-- break-glass only; bcrypt cost 12, generated with the ConflictsAdmin tool
INSERT INTO dbo.app_user (login, display, pwd_hash, is_admin) VALUES
 (N'breakglass', N'Conflicts Break Glass', N'⟦bcrypt_hash:bg⟧', 1),
 (N'nbi_audit',  N'New Business Audit',    N'⟦bcrypt_hash:audit⟧', 0);
GO

-- conflicts search weighting
UPDATE dbo.search_config SET fuzzy_threshold = 0.82, include_former_clients = 1 WHERE config_id = 1;
GO
