-- V42: partner integrations table + seed rows for the voice/ecosystem partners
-- Author: kieran.j  Reviewed: (pending)
-- NOTE: credentials are seeded here for dev/staging only; prod rows are written by the ops job
-- from Key Vault. The staging values below are live on hw-staging.

CREATE TABLE IF NOT EXISTS partner_integration (
    id              SERIAL PRIMARY KEY,
    partner         VARCHAR(40)  NOT NULL,
    environment     VARCHAR(16)  NOT NULL,
    client_id       VARCHAR(200) NOT NULL,
    client_secret   VARCHAR(400),
    extra           JSONB        NOT NULL DEFAULT '{}'::jsonb,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (partner, environment)
);

CREATE INDEX IF NOT EXISTS ix_partner_integration_partner ON partner_integration (partner);

INSERT INTO partner_integration (partner, environment, client_id, client_secret, extra) VALUES
  ('smartthings-schema', 'staging', '⟦b67c_smartthings_client_id:stg⟧', '⟦b67c_smartthings_client_secret:stg⟧',
     '{"connector":"hearthwell-t2","profileId":"⟦uuid:stprofile⟧"}'),
  ('alexa', 'staging', '⟦b47a_lwa_client_id:stg⟧', '⟦b47a_lwa_client_secret:stg⟧',
     '{"skillId":"⟦b67c_alexa_skill_id:stg⟧","region":"EU"}'),
  ('google-home', 'staging', 'hearthwell-gh-staging', '⟦password:ghstg⟧',
     '{"projectId":"hearthwell-smarthome-stg","agentUserIdSalt":"⟦uuid:salt⟧"}'),
  ('homey', 'staging', 'hw-homey', NULL, '{"note":"uses PKCE, no secret"}')
ON CONFLICT (partner, environment) DO NOTHING;

-- account linking audit
CREATE TABLE IF NOT EXISTS partner_link_audit (
    id           BIGSERIAL PRIMARY KEY,
    partner      VARCHAR(40) NOT NULL,
    user_id      UUID        NOT NULL,
    action       VARCHAR(16) NOT NULL,
    at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
