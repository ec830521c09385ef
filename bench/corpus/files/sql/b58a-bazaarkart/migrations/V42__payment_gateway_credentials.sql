-- V42: move gateway credentials from env into the gateway_config table so finance can toggle gateways
-- without a deploy.  Reviewed-by: nisha.r   (postgres 15, schema payments)
BEGIN;

CREATE TABLE IF NOT EXISTS payments.gateway_config (
    gateway        text PRIMARY KEY,
    enabled        boolean NOT NULL DEFAULT true,
    environment    text NOT NULL CHECK (environment IN ('TEST', 'PRODUCTION')),
    client_id      text,
    client_secret  text,
    extra          jsonb NOT NULL DEFAULT '{}'::jsonb,
    updated_by     text NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

INSERT INTO payments.gateway_config (gateway, enabled, environment, client_id, client_secret, extra, updated_by) VALUES
  ('cashfree', true, 'PRODUCTION', '⟦b58a_cashfree_app_id:pg⟧', '⟦b58a_cashfree_secret_key:pg⟧', '{"api_version": "2023-08-01"}', 'migration'),
  ('paytm', true, 'PRODUCTION', '⟦b58a_paytm_mid:prod⟧', '⟦b58a_paytm_merchant_key:prod⟧', '{"website": "DEFAULT"}', 'migration'),
  ('phonepe', false, 'PRODUCTION', 'BAZAARKARTONLINE', NULL, '{"salt_index": 1, "salt_key_ref": "aws-sm:bk/prod/phonepe-salt"}', 'migration'),
  ('razorpay', true, 'PRODUCTION', '⟦razorpay_key_id:prod⟧', NULL, '{"secret_ref": "aws-sm:bk/prod/razorpay"}', 'migration')
ON CONFLICT (gateway) DO NOTHING;

COMMIT;
