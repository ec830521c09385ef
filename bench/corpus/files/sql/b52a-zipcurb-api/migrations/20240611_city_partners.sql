-- 20240611_city_partners.sql
-- City data-sharing partners: who may pull our MDS Provider API, and the tokens *we* were issued for
-- pushing to cities that run an MDS Agency API.
CREATE TABLE city_partner (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    city           text NOT NULL,
    mds_role       text NOT NULL CHECK (mds_role IN ('provider_pull', 'agency_push')),
    mds_version    text NOT NULL DEFAULT '2.0.0',
    endpoint       text,
    provider_id    uuid NOT NULL,
    outbound_token text,           -- token the city issued to us (agency_push)
    inbound_client text,           -- client id the city uses against our provider API
    created_at     timestamptz NOT NULL DEFAULT now()
);

INSERT INTO city_partner (city, mds_role, endpoint, provider_id, outbound_token, inbound_client) VALUES
  ('Portland, OR', 'agency_push', 'https://mds.portland.gov/agency', '⟦uuid:providerid⟧',
   '⟦jwt_rs256:pdx⟧', NULL),
  ('Tacoma, WA',   'agency_push', 'https://mobility-api.cityoftacoma.org/mds/agency', '⟦uuid:providerid⟧',
   '⟦jwt_rs256:tacoma⟧', NULL),
  ('Eugene, OR',   'provider_pull', NULL, '⟦uuid:providerid⟧', NULL, 'eugene-pw-mds'),
  ('Boise, ID',    'provider_pull', NULL, '⟦uuid:providerid⟧', NULL, 'boise-populus');

CREATE INDEX city_partner_city_idx ON city_partner (city);
