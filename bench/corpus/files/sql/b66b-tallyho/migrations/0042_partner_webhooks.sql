-- 0042: partner webhook endpoints + seed the pilot partners
-- author: d.okafor  2025-01-30

CREATE TABLE IF NOT EXISTS partner_webhooks (
    id              BIGSERIAL PRIMARY KEY,
    partner_id      TEXT        NOT NULL REFERENCES partners(id),
    url             TEXT        NOT NULL,
    signing_secret  TEXT        NOT NULL,
    events          TEXT[]      NOT NULL DEFAULT ARRAY['booking.confirmed','booking.cancelled'],
    active          BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS partner_webhooks_partner_idx ON partner_webhooks(partner_id) WHERE active;

-- pilot partners (secrets shared with them out of band on 2025-01-29)
INSERT INTO partner_webhooks (partner_id, url, signing_secret) VALUES
  ('ota-nordwind', 'https://hooks.nordwind-travel.de/tallyho', '⟦webhook_signing_secret:nordwind⟧'),
  ('ota-azulreis', 'https://api.azulreis.nl/webhooks/tallyho', '⟦webhook_signing_secret:azul⟧'),
  ('ota-brightpath', 'https://brightpath.example-ota.com/in/tallyho', '⟦webhook_signing_secret:bright⟧');

-- portal users for the pilot partners: passwords are bcrypt hashes, set by the partners themselves
INSERT INTO portal_users (email, partner_id, password_hash, role) VALUES
  ('ops@nordwind-travel.de', 'ota-nordwind', '⟦bcrypt_hash:u1⟧', 'admin'),
  ('it@azulreis.nl', 'ota-azulreis', '⟦bcrypt_hash:u2⟧', 'admin');

-- api access for the partner portal backend
INSERT INTO service_credentials (name, api_key, scopes) VALUES
  ('partner-portal', '⟦generic_api_key_alnum40:portal⟧', '{bookings:read,vouchers:resend}');
