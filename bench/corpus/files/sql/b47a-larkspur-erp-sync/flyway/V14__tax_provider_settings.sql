-- V14: tax provider switch per sales channel (AvaTax for B2B/NetSuite, TaxJar for the DTC Shopify store)
CREATE TABLE tax_provider_settings (
    channel        VARCHAR(32) PRIMARY KEY,
    provider       VARCHAR(16) NOT NULL CHECK (provider IN ('avatax', 'taxjar', 'none')),
    account_ref    VARCHAR(64),
    credential     TEXT,
    sandbox        BOOLEAN NOT NULL DEFAULT false,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

COMMENT ON COLUMN tax_provider_settings.credential IS 'license key / API token. Moved to Secrets Manager in V19; column dropped in V20.';

INSERT INTO tax_provider_settings (channel, provider, account_ref, credential, sandbox) VALUES
    ('netsuite-b2b', 'avatax', '⟦b47a_avalara_account_id:sbx⟧', '⟦b47a_avalara_license_key:sbx⟧', true),
    ('shopify-dtc',  'taxjar', 'larkspur-goods',  '⟦b47a_taxjar_token:lark⟧', false),
    ('faire',        'none',   NULL,              NULL, false);
