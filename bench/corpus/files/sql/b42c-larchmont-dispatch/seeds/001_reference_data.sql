-- 001_reference_data.sql
-- Reference data loaded into every environment (dev, staging, prod) by `make db-seed`.
-- Safe to commit: no tenant data, no credentials. Checksums are verified by seed_runner.py.
-- seed-checksum: sha256:⟦sha256:self⟧

BEGIN;

INSERT INTO public.equipment_types (code, label, max_weight_lbs) VALUES
  ('V53', '53'' Dry Van', 45000),
  ('R53', '53'' Reefer', 43500),
  ('F48', '48'' Flatbed', 48000),
  ('SD',  'Step Deck', 46000),
  ('PO',  'Power Only', NULL)
ON CONFLICT (code) DO NOTHING;

INSERT INTO public.accessorial_codes (code, description, default_rate_cents) VALUES
  ('DET', 'Detention (per hour after 2h free)', 7500),
  ('LMP', 'Lumper fee', 0),
  ('TONU', 'Truck ordered, not used', 25000),
  ('LAY', 'Layover', 30000)
ON CONFLICT (code) DO NOTHING;

-- Feature flags: ids are stable UUIDs so that LaunchDarkly-style overrides survive reseeding.
INSERT INTO public.feature_flags (id, key, description, enabled_default) VALUES
  ('⟦uuid:ff1⟧', 'eld.samsara_sync', 'Pull HOS clocks from Samsara', false),
  ('⟦uuid:ff2⟧', 'rating.dat_rateview', 'Show DAT RateView lane rates', true),
  ('⟦uuid:ff3⟧', 'billing.quickpay', 'QuickPay factoring offer on delivered loads', false),
  ('⟦uuid:ff4⟧', 'edi.204_autotender', 'Auto-accept EDI 204 tenders from trusted shippers', false)
ON CONFLICT (id) DO UPDATE SET description = EXCLUDED.description;

-- Document templates are stored by content hash; the blobs live in s3://larchmont-doc-templates/.
INSERT INTO public.document_templates (name, version, content_sha256, storage_key) VALUES
  ('rate_confirmation', 7, '⟦sha256:rc7⟧', 'templates/rate_confirmation/⟦sha256:rc7⟧.docx'),
  ('bill_of_lading',    3, '⟦sha256:bol3⟧', 'templates/bill_of_lading/⟦sha256:bol3⟧.docx'),
  ('carrier_packet',   12, '⟦sha256:cp12⟧', 'templates/carrier_packet/⟦sha256:cp12⟧.pdf')
ON CONFLICT (name, version) DO NOTHING;

-- Demo tenant for sales (login is SSO-only; the row has no password on purpose).
INSERT INTO public.tenants (id, public_id, name, plan, sso_metadata_url) VALUES
  (900, '⟦uuid:demo⟧', 'Larchmont Demo Freight', 'enterprise', 'https://login.larchmontdispatch.com/saml/metadata/⟦uuid:demo⟧')
ON CONFLICT (id) DO NOTHING;

INSERT INTO public.users (id, tenant_id, email, password_digest, role) VALUES
  (9001, 900, 'demo.dispatcher@larchmontdispatch.com', NULL, 'dispatcher'),
  (9002, 900, 'demo.admin@larchmontdispatch.com', NULL, 'admin')
ON CONFLICT (id) DO NOTHING;

COMMIT;
