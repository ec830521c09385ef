-- OrdiSoft: Export der Tabelle dbo.Konfiguration (Ordination Hofer), erstellt für Migration auf 8.4
-- sqlcmd -S ORDI-SRV01\ORDISOFT -d OrdiSoft -Q "SELECT ... FROM dbo.Konfiguration" -o praxis_konfiguration.sql

INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'praxis.name', N'Ordination Dr. Elisabeth Hofer', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'praxis.vpnr', N'012345', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'praxis.uid', N'ATU98765432', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'fon.tid', N'123456789', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'fon.benid', N'ORDIWS01', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'fon.pin', N'Fon!Ordi_2024ws', '2024-01-09');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'ecard.keystore.pass', N'Ordi#Hofer2022', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'idaustria.client_secret', N'⟦b63a_idaustria_client_secret:ordi⟧', '2023-05-02');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'rksv.aes_key', N'⟦aes256_key_b64:rksv⟧', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'rksv.kassen_id', N'ORDI-KASSE-1', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'rksv.zertifikat_seriennr', N'⟦sha1:rksv-cert|slice=0-16⟧', '2022-11-08');
INSERT INTO dbo.Konfiguration (Schluessel, Wert, Geaendert) VALUES (N'elga.gda.oid', N'1.2.40.0.34.99.4613.1.2.3.4', '2023-02-15');
