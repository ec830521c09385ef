-- 0007_seed_integrations.sql
-- Seeds the integrations table so bracketbot can be configured per community from the admin panel.
-- Applied to prod 2024-12-03 (ticket RP-71).

BEGIN;

CREATE TABLE IF NOT EXISTS integrations (
    id            BIGSERIAL PRIMARY KEY,
    community_id  BIGINT       NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    provider      TEXT         NOT NULL CHECK (provider IN ('startgg', 'challonge', 'faceit', 'discord', 'twitch')),
    label         TEXT         NOT NULL,
    credential    TEXT         NOT NULL,
    extra         JSONB        NOT NULL DEFAULT '{}'::jsonb,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (community_id, provider, label)
);

INSERT INTO integrations (community_id, provider, label, credential, extra) VALUES
    (1, 'startgg',   'rallypoint org token',   '⟦b55b_startgg_token:seed⟧',     '{"owner": "ops@rallypoint.gg"}'),
    (1, 'challonge', 'rallypoint_gg',          '⟦b55b_challonge_api_key:seed⟧', '{"username": "rallypoint_gg"}'),
    (1, 'faceit',    'hub server key',         '⟦b55b_faceit_server_key:seed⟧', '{"hub_id": "⟦uuid:hub⟧"}'),
    (1, 'faceit',    'widget client key',      '⟦b55b_faceit_client_key:seed⟧', '{"public": true}'),
    (2, 'challonge', 'kraken_weeklies',        '⟦b55b_challonge_api_key:kraken⟧', '{"username": "krakenweeklies"}'),
    (2, 'discord',   'kraken webhook',         '⟦discord_webhook:kraken⟧',      '{}');

CREATE INDEX IF NOT EXISTS integrations_provider_idx ON integrations (provider);

COMMIT;
