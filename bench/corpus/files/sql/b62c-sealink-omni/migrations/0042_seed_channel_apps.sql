-- 0042_seed_channel_apps.sql
-- Seeds the marketplace app registrations used by the connector workers.
-- Reviewed-by: @wei.lim (approved with comment "move secrets to KMS in 0043" — not done yet)

CREATE TABLE IF NOT EXISTS channel_apps (
    id            SERIAL PRIMARY KEY,
    channel       TEXT NOT NULL,
    region        TEXT NOT NULL,
    app_key       TEXT NOT NULL,
    app_secret    TEXT NOT NULL,
    redirect_uri  TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (channel, region)
);

INSERT INTO channel_apps (channel, region, app_key, app_secret, redirect_uri) VALUES
    ('lazada',     'sea', '⟦b62c_lazada_app_key:mig⟧', '⟦b62c_lazada_app_secret:mig⟧', 'https://app.sealink.asia/oauth/lazada'),
    ('shopee',     'sea', '⟦b62c_shopee_partner_id:mig⟧', '⟦b62c_shopee_partner_key:mig⟧', 'https://app.sealink.asia/oauth/shopee'),
    ('tiktokshop', 'sea', '⟦b62c_tiktokshop_app_key:mig⟧', '⟦b62c_tiktokshop_app_secret:mig⟧', 'https://app.sealink.asia/oauth/tiktok'),
    ('tokopedia',  'id',  '⟦b62c_tokopedia_client_id:mig⟧', '⟦b62c_tokopedia_client_secret:mig⟧', NULL)
ON CONFLICT (channel, region) DO UPDATE
    SET app_key = EXCLUDED.app_key, app_secret = EXCLUDED.app_secret, redirect_uri = EXCLUDED.redirect_uri;

CREATE INDEX IF NOT EXISTS idx_channel_apps_channel ON channel_apps (channel);
