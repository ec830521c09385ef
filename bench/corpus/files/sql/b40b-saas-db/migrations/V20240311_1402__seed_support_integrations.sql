-- V20240311_1402__seed_support_integrations.sql
-- Seed the support-tool integrations for the three pilot workspaces.
-- (Flyway migration; runs once per environment.)
--
-- Tokens were provided by the customers' admins during onboarding calls.
-- NOTE: api_secret is supposed to be encrypted by the app layer (IntegrationCrypto) but these rows
-- are inserted directly, so they are stored in clear. Re-save them from the admin UI to encrypt.

BEGIN;

CREATE TABLE IF NOT EXISTS integrations (
    id              BIGSERIAL PRIMARY KEY,
    workspace_id    UUID        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    provider        TEXT        NOT NULL CHECK (provider IN ('intercom', 'zendesk', 'freshdesk', 'segment', 'hubspot')),
    subdomain       TEXT,
    api_user        TEXT,
    api_secret      TEXT,
    api_secret_enc  BYTEA,
    settings        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (workspace_id, provider)
);

CREATE INDEX IF NOT EXISTS integrations_provider_idx ON integrations (provider);

-- Brightwave (pilot #1): Intercom
INSERT INTO integrations (workspace_id, provider, api_secret, settings)
VALUES ('⟦uuid:ws1⟧', 'intercom',
        '⟦intercom_access_token⟧',
        '{"region": "eu", "sync_conversations": true, "admin_id": "5127734"}');

-- Northgate Logistics (pilot #2): Zendesk (API token auth: user "email/token")
INSERT INTO integrations (workspace_id, provider, subdomain, api_user, api_secret, settings)
VALUES ('⟦uuid:ws2⟧', 'zendesk', 'northgatelogistics', 'it-admin@northgate-logistics.com/token',
        '⟦zendesk_api_token⟧',
        '{"sync_tickets": true, "brand_ids": [360001234567]}');

-- Pemberton Dental (pilot #3): Freshdesk + Segment source
INSERT INTO integrations (workspace_id, provider, subdomain, api_secret, settings)
VALUES ('⟦uuid:ws3⟧', 'freshdesk', 'pembertondental', '⟦b39a_freshdesk_api_key⟧', '{"sync_tickets": true}'),
       ('⟦uuid:ws3⟧', 'segment', NULL, NULL, '{"write_key": "⟦segment_write_key⟧", "source": "support-widget"}');

-- Integration credentials must never be readable by the analytics role
REVOKE SELECT ON integrations FROM analytics_ro;
GRANT SELECT (id, workspace_id, provider, subdomain, settings, created_at, updated_at) ON integrations TO analytics_ro;

COMMIT;
