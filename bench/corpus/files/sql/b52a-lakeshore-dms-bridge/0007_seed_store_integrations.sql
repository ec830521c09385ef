-- 0007_seed_store_integrations.sql
-- Seeds the per-rooftop integration rows for the DMS bridge.
-- Applied to dms_bridge on lsa-sql02 2025-01-21 (ticket LSA-198). Re-runnable: ON CONFLICT DO UPDATE.

BEGIN;

CREATE TABLE IF NOT EXISTS store_integration (
    store_code      text PRIMARY KEY,
    store_name      text NOT NULL,
    dms             text NOT NULL CHECK (dms IN ('cdk', 'reynolds', 'tekion')),
    dms_dealer_id   text,
    dms_username    text,
    dms_secret      text,
    vin_decoder     text,
    vin_decoder_key text,
    crm_sender_phone text,
    active          boolean NOT NULL DEFAULT true,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

INSERT INTO store_integration
    (store_code, store_name, dms, dms_dealer_id, dms_username, dms_secret, vin_decoder, vin_decoder_key, crm_sender_phone)
VALUES
    ('01', 'Lakeshore Chevrolet',      'cdk',      '⟦b52a_fortellis_subscription_id:s01⟧', NULL, NULL,
        'vinaudit', '⟦b52a_vinaudit_api_key:lsa⟧', '+12625550141'),
    ('02', 'Lakeshore Buick GMC',      'cdk',      '⟦b52a_fortellis_subscription_id:s02⟧', NULL, NULL,
        'vinaudit', '⟦b52a_vinaudit_api_key:lsa⟧', '+12625550142'),
    ('04', 'Harbor Ford',              'cdk',      '⟦b52a_fortellis_subscription_id:s04⟧', NULL, NULL,
        'nhtsa',    NULL,                    '+12625550144'),
    ('05', 'Lakeshore Toyota',         'reynolds', 'PPS4471-05', 'lakeshore_rci', 'Toyota!Lake2023',
        'vinaudit', '⟦b52a_vinaudit_api_key:lsa⟧', '+12625550145'),
    ('06', 'Lakeshore Toyota Kenosha', 'reynolds', 'PPS4471-06', 'lakeshore_rci', 'Toyota!Lake2023',
        'vinaudit', '⟦b52a_vinaudit_api_key:lsa⟧', '+12625550146'),
    ('07', 'Lakeshore Kia',            'tekion',   'lakeshore_kia_07', '⟦b52a_tekion_app_id:lsa⟧', '⟦b52a_tekion_secret_key:lsa⟧',
        'carmd',    '⟦b52a_carmd_partner_token:lsa⟧', '+12625550147')
ON CONFLICT (store_code) DO UPDATE
    SET dms_dealer_id   = EXCLUDED.dms_dealer_id,
        dms_username    = EXCLUDED.dms_username,
        dms_secret      = EXCLUDED.dms_secret,
        vin_decoder     = EXCLUDED.vin_decoder,
        vin_decoder_key = EXCLUDED.vin_decoder_key,
        updated_at      = now();

-- store 03 (Lakeshore CDJR) was sold 2024-09; keep the row for history
UPDATE store_integration SET active = false WHERE store_code = '03';

COMMIT;
