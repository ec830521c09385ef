-- Initialisation de la base « paie » (Azure SQL) — exécuté une fois par l'administrateur
-- Auteur : Martin Bélanger, 2023-08-21

CREATE LOGIN paie_app WITH PASSWORD = '⟦db_password:sql⟧';
CREATE LOGIN paie_rapports WITH PASSWORD = 'Rapports!Paie2023';
GO

CREATE USER paie_app FOR LOGIN paie_app;
CREATE USER paie_rapports FOR LOGIN paie_rapports;
GO

ALTER ROLE db_datareader ADD MEMBER paie_app;
ALTER ROLE db_datawriter ADD MEMBER paie_app;
ALTER ROLE db_datareader ADD MEMBER paie_rapports;
GO

CREATE TABLE dbo.Employes (
    Id            INT IDENTITY PRIMARY KEY,
    XRefDayforce  NVARCHAR(32) NOT NULL UNIQUE,
    Nom           NVARCHAR(100) NOT NULL,
    Prenom        NVARCHAR(100) NOT NULL,
    NasChiffre    VARBINARY(256) NULL,   -- NAS chiffré (Always Encrypted)
    Province      CHAR(2) NOT NULL DEFAULT 'QC',
    DateEmbauche  DATE NOT NULL
);
GO
