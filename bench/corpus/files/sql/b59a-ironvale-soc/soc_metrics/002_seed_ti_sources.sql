-- soc_metrics: threat-intel source registry used by the enrichment workers and the TI dashboard.
-- Seed data for the PROD database (ivsoc-pg01). Applied 2025-01-14 by m.lindqvist.

BEGIN;

CREATE TABLE IF NOT EXISTS ti_sources (
    id            serial PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    kind          text NOT NULL CHECK (kind IN ('feed', 'lookup', 'sandbox')),
    base_url      text NOT NULL,
    auth_header   text,
    api_key       text,
    daily_quota   integer,
    enabled       boolean NOT NULL DEFAULT true,
    owner         text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO ti_sources (name, kind, base_url, auth_header, api_key, daily_quota, enabled, owner) VALUES
    ('alienvault_otx',   'feed',    'https://otx.alienvault.com/api/v1',       'X-OTX-API-KEY', '⟦b59a_otx_api_key:seed⟧', NULL, true, 'm.lindqvist'),
    ('recorded_future',  'lookup',  'https://api.recordedfuture.com/v2',       'X-RFToken',     '⟦b59a_recordedfuture_token:seed⟧', 50000, true, 'a.reyes'),
    ('abuse_ch_urlhaus', 'feed',    'https://urlhaus-api.abuse.ch/v1',         NULL,            NULL, NULL, true, 'm.lindqvist'),
    ('virustotal',       'lookup',  'https://www.virustotal.com/api/v3',       'x-apikey',      '⟦b59a_virustotal_api_key:seed⟧', 30000, true, 'a.reyes'),
    ('hibp_domain',      'lookup',  'https://haveibeenpwned.com/api/v3',       'hibp-api-key',  '⟦b59a_hibp_api_key:seed⟧', NULL, true, 'soc-lead'),
    ('misp_fsisac',      'feed',    'https://misp.fsisac.example.org',         'Authorization', '-- pulled from vault at runtime', NULL, true, 'm.lindqvist'),
    ('hybrid_analysis',  'sandbox', 'https://www.hybrid-analysis.com/api/v2',  'api-key',       NULL, 2000, false, 'a.reyes');

CREATE INDEX IF NOT EXISTS ti_sources_enabled_idx ON ti_sources (enabled);

COMMIT;
