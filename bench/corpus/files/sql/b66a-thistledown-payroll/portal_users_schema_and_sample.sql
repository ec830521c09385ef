-- Payslip portal: schema + anonymised sample rows for the dev database.
-- Passwords are bcrypt hashes produced by ASP.NET Identity's BCrypt replacement (cost 12);
-- the sample users' plain passwords are NOT recorded anywhere.
CREATE TABLE dbo.PortalUser (
    Id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    ClientCode      VARCHAR(8)       NOT NULL,
    Email           NVARCHAR(256)    NOT NULL,
    PasswordHash    VARCHAR(72)      NOT NULL,
    SecurityStamp   UNIQUEIDENTIFIER NOT NULL,
    Nino            CHAR(9)          NULL,
    LastLoginUtc    DATETIME2        NULL
);

INSERT INTO dbo.PortalUser (Id, ClientCode, Email, PasswordHash, SecurityStamp, Nino, LastLoginUtc) VALUES
('⟦uuid:u1⟧', 'HBJ', 'employee001@example.test', '⟦bcrypt_hash:u1⟧', '⟦uuid:s1⟧', 'QQ123456A', '2024-04-26T07:12:00'),
('⟦uuid:u2⟧', 'HBJ', 'employee002@example.test', '⟦bcrypt_hash:u2⟧', '⟦uuid:s2⟧', 'QQ123456B', NULL),
('⟦uuid:u3⟧', 'MWC', 'employee003@example.test', '⟦bcrypt_hash:u3⟧', '⟦uuid:s3⟧', 'QQ123456C', '2024-04-29T19:40:11'),
('⟦uuid:u4⟧', 'KFS', 'employee004@example.test', '⟦bcrypt_hash:u4⟧', '⟦uuid:s4⟧', NULL, NULL);

CREATE TABLE dbo.PayslipFile (
    Id           BIGINT IDENTITY PRIMARY KEY,
    PortalUserId UNIQUEIDENTIFIER NOT NULL REFERENCES dbo.PortalUser(Id),
    TaxYear      CHAR(5)  NOT NULL,
    Period       TINYINT  NOT NULL,
    BlobPath     NVARCHAR(400) NOT NULL,
    Sha256       CHAR(64) NOT NULL
);

INSERT INTO dbo.PayslipFile (PortalUserId, TaxYear, Period, BlobPath, Sha256) VALUES
('⟦uuid:u1⟧', '24-25', 1, 'payslips/HBJ/24-25/M01/employee001.pdf', '⟦sha256:f1⟧'),
('⟦uuid:u3⟧', '24-25', 1, 'payslips/MWC/24-25/M01/employee003.pdf', '⟦sha256:f2⟧');
