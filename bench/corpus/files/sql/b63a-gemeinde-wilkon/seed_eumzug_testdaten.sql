-- Testdaten für eUmzugCH-Schnittstelle (nur INT-Umgebung!)
-- Erstellt: 2024-01-22, P. Hunziker

SET NOCOUNT ON;
GO

INSERT INTO dbo.PortalBenutzer (Id, Email, Anzeigename, PasswortHash, Rolle, AktivSeit) VALUES
 (1, N'informatik@wilkon.ch',        N'Admin Informatik',   N'⟦bcrypt_hash:admin⟧', N'Admin',   '2023-01-01'),
 (2, N'einwohnerkontrolle@wilkon.ch',N'Einwohnerkontrolle', N'⟦bcrypt_hash:ek⟧',    N'Sachbearbeitung', '2023-01-01'),
 (3, N'test.buerger@example.ch',     N'Max Muster',         N'⟦bcrypt_hash:test⟧',  N'Buerger', '2024-01-22');
GO

INSERT INTO dbo.Schnittstelle (Name, Endpunkt, Benutzer, Geheimnis, Bemerkung) VALUES
 (N'eUmzugCH',        N'https://int.eumzug.swiss/api/v2', N'wilkon-6182', N'⟦password:eumzug-int⟧', N'INT-Zugang, Gemeinde-BFS-Nr. 6182'),
 (N'SwissPostAdress', N'https://dcapi.apis.post.ch/address/v1', N'⟦b63a_swisspost_client_id:int⟧', N'⟦b63a_swisspost_client_secret:int⟧', N'Adressprüfung'),
 (N'GERES',           N'https://geres.wilkon.local/ws', N'eservices', NULL, N'Windows-Auth');
GO
