-- V12: vendor credential registry for the EOD loaders (replaces the YAML in loaders/config)
-- NB: values are encrypted at rest by pgcrypto in V13; this migration seeds them in clear.

create table if not exists md.vendor_credential (
    vendor        text        not null,
    environment   text        not null check (environment in ('prod', 'uat', 'dev')),
    credential    text        not null,
    kind          text        not null default 'api_key',
    owner         text        not null,
    rotated_at    timestamptz not null default now(),
    primary key (vendor, environment)
);

insert into md.vendor_credential (vendor, environment, credential, kind, owner, rotated_at) values
    ('tiingo',       'prod', '⟦b54b_tiingo_token:sql⟧',          'api_key', 'md-ops', '2025-01-15'),
    ('fmp',          'prod', '⟦b54b_fmp_api_key:sql⟧',           'api_key', 'md-ops', '2025-01-15'),
    ('alphavantage', 'dev',  '⟦alphavantage_key:sql⟧',           'api_key', 'quant-dev', '2024-11-02'),
    ('finnhub',      'prod', '⟦finnhub_key:sql⟧',                'api_key', 'md-ops', '2025-02-03'),
    ('databento',    'prod', '⟦b54b_databento_api_key:sql⟧',     'api_key', 'md-ops', '2025-02-20'),
    ('twelvedata',   'uat',  '⟦twelvedata_key:sql⟧',             'api_key', 'quant-dev', '2024-12-09'),
    ('polygon',      'prod', 'vault:secret/data/md/polygon#key',  'reference', 'md-ops', '2025-03-01');

create index if not exists vendor_credential_owner_idx on md.vendor_credential (owner);

comment on table md.vendor_credential is 'API credentials for EOD/reference loaders; see runbook MDP-RB-07';
