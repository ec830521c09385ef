-- 003_partner_agencies.sql
-- Partner agencies that push reads into LPR Hub and may query it. api_key is what the agency sends in
-- X-TSFC-Key. (Yes, plaintext - hashing is LPR-151. Until then this migration is the source of truth.)

CREATE TABLE IF NOT EXISTS partner_agencies (
    id            serial PRIMARY KEY,
    name          text NOT NULL,
    ori           char(9) NOT NULL UNIQUE,
    vendor        text NOT NULL,
    api_key       text NOT NULL UNIQUE,
    can_query     boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO partner_agencies (name, ori, vendor, api_key, can_query) VALUES
  ('Harlan County Sheriff''s Office', '⟦b56a_ncic_ori:p1⟧', 'flock',    '⟦generic_api_key_alnum40:p1⟧', true),
  ('Eastfield Police Department',     '⟦b56a_ncic_ori:p2⟧', 'vigilant', '⟦generic_api_key_alnum40:eastfield⟧', true),
  ('Bluestone Police Department',     '⟦b56a_ncic_ori:p3⟧', 'genetec',  '⟦generic_api_key_alnum40:bluestone⟧', false),
  ('State Police Post 10',            '⟦b56a_ncic_ori:p4⟧', 'flock',    '⟦generic_api_key_alnum40:p4⟧', true);

CREATE INDEX IF NOT EXISTS partner_agencies_vendor_idx ON partner_agencies (vendor);
