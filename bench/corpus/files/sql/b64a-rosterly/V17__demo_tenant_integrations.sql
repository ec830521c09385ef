-- V17__demo_tenant_integrations.sql  (Flyway)
-- Demo tenant for the sales team. The KeyPay business is the Employment Hero *demo* partner business,
-- but the API key below is a real key of our partner account – it can see every business we manage.

INSERT INTO tenant (id, slug, legal_name, abn, created_at)
VALUES ('⟦uuid:tenant-demo⟧', 'demo-bakery', 'Demo Bakery Pty Ltd', '83914571673', now())
ON CONFLICT (slug) DO NOTHING;

INSERT INTO tenant_integration (tenant_id, provider, external_id, credentials, enabled)
VALUES
  ('⟦uuid:tenant-demo⟧', 'keypay', '118901', '{"api_key": "⟦b64a_keypay_api_key:demo⟧"}', true),
  ('⟦uuid:tenant-demo⟧', 'deputy', 'demobakery.au.deputy.com', '{"permanent_token": "⟦b64a_deputy_permanent_token:demo⟧"}', true),
  ('⟦uuid:tenant-demo⟧', 'tanda', '44120', '{"access_token": null, "note": "connect via OAuth in the UI"}', false);

INSERT INTO app_user (id, tenant_id, email, password_hash, role)
VALUES ('⟦uuid:user-demo⟧', '⟦uuid:tenant-demo⟧', 'sales-demo@rosterly.com.au',
        '⟦bcrypt_hash:demo⟧', 'owner');
