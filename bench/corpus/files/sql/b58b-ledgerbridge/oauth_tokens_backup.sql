-- backup of oauth_tokens before the encryption-at-rest migration (0042_encrypt_tokens)
-- taken by tom@ on 2025-01-30 with: pg_dump -t oauth_tokens --data-only --column-inserts ledgerbridge
-- delete after the migration has been verified!

INSERT INTO public.oauth_tokens (id, client_id, provider, access_token, refresh_token, expires_at, scope) VALUES (11, 4, 'hmrc', '⟦b58b_hmrc_access_token:sql1⟧', '⟦b58b_hmrc_refresh_token:sql1⟧', '2025-01-30 14:12:55+00', 'read:vat write:vat');
INSERT INTO public.oauth_tokens (id, client_id, provider, access_token, refresh_token, expires_at, scope) VALUES (12, 4, 'xero', NULL, '⟦encryption_key_hex:xero-refresh⟧', '2025-01-30 10:40:00+00', 'accounting.transactions.read offline_access');
INSERT INTO public.oauth_tokens (id, client_id, provider, access_token, refresh_token, expires_at, scope) VALUES (15, 7, 'hmrc', NULL, '⟦b58b_hmrc_refresh_token:sql2⟧', '2025-01-29 18:02:11+00', 'read:vat write:vat');
INSERT INTO public.oauth_tokens (id, client_id, provider, access_token, refresh_token, expires_at, scope) VALUES (16, 7, 'hmrc', NULL, '[revoked]', '2024-12-01 09:00:00+00', 'read:vat');
