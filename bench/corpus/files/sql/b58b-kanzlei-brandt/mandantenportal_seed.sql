-- Mandantenportal: Seed-Daten für die Staging-Datenbank
-- erzeugt mit pg_dump --data-only --inserts aus der Produktiv-DB am 2025-01-29 (jh)
-- ACHTUNG: enthält echte Integrationsdaten, nur für Staging auf srv-db02!

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

INSERT INTO public.benutzer (id, email, name, rolle, passwort_hash, erstellt_am) VALUES
 (1, 'j.brandt@brandt-steuer.de', 'Dr. Jürgen Brandt', 'admin', '⟦bcrypt_hash:jb⟧', '2022-04-01 08:00:00+02'),
 (2, 'jana.h@brandt-steuer.de', 'Jana Hartmann', 'admin', '⟦bcrypt_hash:jh⟧', '2022-04-01 08:05:00+02'),
 (3, 'buchhaltung@hoffmann-gartenbau.de', 'Petra Hoffmann', 'mandant', '⟦bcrypt_hash:ph⟧', '2023-02-14 10:12:31+01'),
 (4, 'info@cafe-lindner.de', 'Tobias Lindner', 'mandant', '⟦bcrypt_hash:tl⟧', '2024-09-03 16:44:09+02');

INSERT INTO public.mandanten (id, name, mandantennummer, beraternummer, steuernummer, ust_idnr) VALUES
 (10234, 'Hoffmann Gartenbau GmbH', '10234', '1234567', '27/123/45678', 'DE812345678'),
 (10251, 'Café Lindner UG (haftungsbeschränkt)', '10251', '1234567', '43/765/00012', 'DE298765432'),
 (10260, 'Schreinerei Vogt e.K.', '10260', '1234567', '22/014/55501', NULL);

INSERT INTO public.integrationen (id, mandant_id, anbieter, zugang_id, geheimnis, aktiv, letzter_abgleich) VALUES
 (1, 10234, 'sevdesk', 'api-brandt@hoffmann-gartenbau.de', '⟦b58b_sevdesk_api_token:seed⟧', true, '2025-01-29 02:15:07+01'),
 (2, 10251, 'lexoffice', NULL, '⟦b58b_lexoffice_api_key:seed⟧', true, '2025-01-29 02:15:44+01'),
 (3, 10251, 'qonto', 'cafe-lindner-4821', '⟦b58b_qonto_secret_key:seed⟧', true, '2025-01-29 02:16:02+01'),
 (4, 10260, 'elster', 'vogt-schreinerei.pfx', NULL, false, NULL);

INSERT INTO public.einstellungen (schluessel, wert) VALUES
 ('smtp.host', 'smtp.office365.com'),
 ('smtp.user', 'belege@brandt-steuer.de'),
 ('smtp.passwort', 'Kanzlei2024!Belege'),
 ('portal.wartungsmodus', 'false'),
 ('datev.client_id', '⟦b58b_datev_client_id:seed⟧');

SELECT pg_catalog.setval('public.benutzer_id_seq', 4, true);
SELECT pg_catalog.setval('public.integrationen_id_seq', 4, true);
