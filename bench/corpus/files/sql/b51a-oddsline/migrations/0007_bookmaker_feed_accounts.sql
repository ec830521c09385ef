-- 0007: bookmaker feed accounts used by the fallback pollers (Pinnacle, Betfair delayed)
-- Applied to prod 2025-01-09. Credentials SHOULD be in Vault; this was meant to be temporary.

CREATE TABLE IF NOT EXISTS bookmaker_feed_accounts (
    id            BIGSERIAL PRIMARY KEY,
    bookmaker     TEXT        NOT NULL,
    api_base      TEXT        NOT NULL,
    auth_scheme   TEXT        NOT NULL CHECK (auth_scheme IN ('basic', 'app_key', 'bearer')),
    username      TEXT,
    credential    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (bookmaker, username)
);

INSERT INTO bookmaker_feed_accounts (bookmaker, api_base, auth_scheme, username, credential) VALUES
    ('pinnacle', 'https://api.pinnacle.com/v3', 'basic', 'OL1184203', '⟦lit:OL1184203:Pinn!acle2024|b64⟧'),
    ('betfair',  'https://api.betfair.com/exchange/betting/rest/v1.0', 'app_key', 'oddsline-feeds', '⟦generic_api_key_alnum40:betfair|slice=0-16⟧');

CREATE INDEX IF NOT EXISTS bookmaker_feed_accounts_bm ON bookmaker_feed_accounts (bookmaker);
