-- 0042_seed_station_credentials.sql
-- Seed the station registry for the staging KGS database (copied from prod on 2025-01-22).
BEGIN;

INSERT INTO gs_station (id, name, network, lat, lon, alt_m, enabled) VALUES
  (1, 'Kestrel Rooftop UHF', 'satnogs', 47.6062, -122.3321, 62, true),
  (2, 'AWS Ohio 1', 'aws-gs', 40.0, -83.0, 0, true),
  (3, 'Azure Quincy', 'azure-orbital', 47.2341, -119.8527, 390, true),
  (4, 'Azure Gavle', 'azure-orbital', 60.6749, 17.1413, 20, true);

INSERT INTO gs_station_credential (station_id, kind, username, secret, created_at) VALUES
  (1, 'satnogs_network_token', 'kgs-bot', '⟦b53a_satnogs_api_token:sql⟧', '2024-06-30 12:00:00+00'),
  (1, 'rotator_web_ui', 'admin', 'rotator123', '2024-06-30 12:00:00+00'),
  (3, 'eventhub_sas', 'orbital-telemetry-send', '⟦azure_eventhub_key_id:sql⟧', '2025-01-09 08:14:00+00');

-- operator accounts for the KGS web UI (django pbkdf2 hashes, not passwords)
INSERT INTO auth_user (id, username, email, password, is_staff, is_superuser) VALUES
  (1, 'dokafor', 'dokafor@kestrel-orbital.space', '⟦django_pbkdf2_hash:dokafor⟧', true, true),
  (2, 'praman', 'praman@kestrel-orbital.space', '⟦django_pbkdf2_hash:praman⟧', true, false),
  (3, 'mhale', 'mhale@kestrel-orbital.space', '⟦django_pbkdf2_hash:mhale⟧', true, false);

COMMIT;
