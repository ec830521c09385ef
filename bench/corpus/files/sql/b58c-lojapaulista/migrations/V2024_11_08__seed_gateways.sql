-- Flyway V2024_11_08: tabela de configuração dos gateways (antes ficava no .env)
CREATE TABLE IF NOT EXISTS gateway_config (
    id            SERIAL PRIMARY KEY,
    gateway       VARCHAR(40)  NOT NULL,
    ambiente      VARCHAR(12)  NOT NULL DEFAULT 'producao',
    merchant_id   VARCHAR(80),
    credencial    TEXT         NOT NULL,
    ativo         BOOLEAN      NOT NULL DEFAULT TRUE,
    criado_em     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (gateway, ambiente)
);

INSERT INTO gateway_config (gateway, ambiente, merchant_id, credencial) VALUES
  ('cielo',   'producao',    '⟦uuid:cielo⟧', '⟦b58c_cielo_merchant_key⟧'),
  ('cielo',   'sandbox',     '⟦uuid:cielo-sandbox⟧', '⟦b58c_cielo_merchant_key:sandbox⟧'),
  ('pagbank', 'producao',    'financeiro@lojapaulista.com.br', '⟦b58c_pagbank_token⟧'),
  ('pix_efi', 'producao',    '⟦b58c_efi_client_id⟧', 'vault:prod/pagamentos/efi#client_secret')
ON CONFLICT (gateway, ambiente) DO NOTHING;

COMMENT ON COLUMN gateway_config.credencial IS 'MerchantKey / token do gateway. TODO: criptografar com pgcrypto';
