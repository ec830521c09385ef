-- V17: seed the Almere and Utrecht pilot chargers (commissioned 2024-06).
-- Security profile 2 (TLS + Basic). charger_credentials.password_sha256 holds SHA-256 of the
-- Basic password; authorization_key_hex keeps the OCPP 1.6 AuthorizationKey that we pushed with
-- ChangeConfiguration so that field techs can re-provision a replaced controller board.

BEGIN;

INSERT INTO sites (id, name, operator_party, country_code, timezone) VALUES
  ('almere-depot', 'Almere Busdepot', 'VWY', 'NL', 'Europe/Amsterdam'),
  ('utrecht-p3',   'Utrecht Papendorp P3', 'VWY', 'NL', 'Europe/Amsterdam');

INSERT INTO charge_points (charge_box_id, site_id, vendor, model, ocpp_version, evse_id, serial) VALUES
  ('ALP-DEPOT-01',     'almere-depot', 'Alpitronic', 'HYC300',  'ocpp1.6',   '⟦b50c_evse_id:a1⟧', '⟦b50c_ocpp_charge_box_id:s1⟧'),
  ('ALP-DEPOT-02',     'almere-depot', 'Alpitronic', 'HYC300',  'ocpp1.6',   '⟦b50c_evse_id:a2⟧', '⟦b50c_ocpp_charge_box_id:s2⟧'),
  ('WBX0042PLS00017',  'utrecht-p3',   'Wallbox',    'Pulsar',  'ocpp1.6',   '⟦b50c_evse_id:u1⟧', 'WBX0042PLS00017'),
  ('WBX0042PLS00018',  'utrecht-p3',   'Wallbox',    'Pulsar',  'ocpp1.6',   '⟦b50c_evse_id:u2⟧', 'WBX0042PLS00018');

INSERT INTO charger_credentials (charge_box_id, password_sha256, authorization_key_hex, rotated_at) VALUES
  ('ALP-DEPOT-01',    decode('⟦sha256:p1⟧', 'hex'), '⟦b50c_ocpp_authorization_key:alp01⟧', '2024-06-11'),
  ('ALP-DEPOT-02',    decode('⟦sha256:p2⟧', 'hex'), '⟦b50c_ocpp_authorization_key:alp02⟧', '2024-06-11'),
  ('WBX0042PLS00017', decode('⟦sha256:p3⟧', 'hex'), '⟦b50c_ocpp_authorization_key:wbx17⟧', '2024-06-19'),
  ('WBX0042PLS00018', decode('⟦sha256:p4⟧', 'hex'), NULL, '2024-06-19');

INSERT INTO id_tags (id_tag, parent_id_tag, status, expiry_date, description) VALUES
  ('VWY-FLEET-ALMERE', NULL, 'Accepted', NULL, 'parent tag, Almere bus fleet'),
  ('⟦b50c_ocpp_id_tag:f1⟧', 'VWY-FLEET-ALMERE', 'Accepted', '2025-12-31', 'bus 4101'),
  ('⟦b50c_ocpp_id_tag:f2⟧', 'VWY-FLEET-ALMERE', 'Accepted', '2025-12-31', 'bus 4102'),
  ('⟦b50c_ocpp_id_tag:f3⟧', 'VWY-FLEET-ALMERE', 'Blocked',  '2025-12-31', 'bus 4103 — card lost 2024-09');

COMMIT;
