-- V042: API clients for hauliers, shipping lines and forwarders on the PCS public API.
-- Restored from the staging dump after the March incident (INC-2207). Portal users keep bcrypt hashes;
-- api_client.secret is compared in plain text by the legacy /v1 gateway (to be hashed in V043).

insert into portal_user (id, email, display_name, org_code, password_hash, created_at) values
  (1001, 'ops@tidewayline.com',       'Tidewayline Ops',      'TWLN',  '⟦bcrypt_hash:u1⟧', now()),
  (1002, 'imports@saltmarsh-ff.co.uk', 'Saltmarsh Imports',    'SALTF', '⟦bcrypt_hash:u2⟧', now()),
  (1003, 'planning@eastanglia-haul.co.uk', 'EA Haulage Planning', 'EAHAUL', '⟦bcrypt_hash:u3⟧', now());

insert into api_client (id, org_code, client_id, secret, scopes, rate_limit_per_min, active) values
  (501, 'TWLN',   'twln-prod',    '⟦generic_api_key_alnum40:twln⟧',  'vessel_calls:read bookings:write vgm:write', 600, true),
  (502, 'SALTF',  'saltmarsh-ff', '⟦generic_api_key_alnum40:saltf⟧', 'release_status:read vgm:write',            300, true),
  (503, 'EAHAUL', 'eahaul-vbs',   '⟦generic_api_key_alnum40:eahaul⟧', 'appointments:write',                       120, true),
  (504, 'DEMO',   'demo-client',  'demo-secret-do-not-use',             'vessel_calls:read',                         10, false);

insert into vessel_call (id, call_ref, vessel_name, imo, mmsi, line_code, eta, etd, berth) values
  (90211, 'PKCT2425W', 'TIDEWAY SPIRIT', '⟦b56b_imo_number:spirit⟧', '⟦b56b_mmsi:spirit⟧', 'TWLN', '2024-06-16 04:00', '2024-06-17 02:00', 'B7');
