--
-- PostgreSQL database dump (partial: public.org_integrations only)
-- pg_dump -h pg-stg-1 -U mkowalski_dba -t public.org_integrations --data-only --column-inserts ledger
-- attached to PLAT-840 ("sync jobs fail for 3 staging orgs")
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

--
-- Data for Name: org_integrations; Type: TABLE DATA; Schema: public; Owner: ledger_app
--

INSERT INTO public.org_integrations (id, org_id, provider, external_account, credentials, status, created_at) VALUES ('⟦uuid:i1⟧', '⟦uuid:o1⟧', 'stripe', 'acct_1NvX82KqLm4Pz9Qw', '{"secret_key": "⟦stripe_restricted_live:o1⟧"}', 'error', '2024-06-11 09:12:44.120+00');
INSERT INTO public.org_integrations (id, org_id, provider, external_account, credentials, status, created_at) VALUES ('⟦uuid:i2⟧', '⟦uuid:o1⟧', 'plaid', 'item-prod-7fq2', '{"client_id": "⟦plaid_client_id:o1⟧", "secret": "⟦plaid_secret:o1⟧", "access_token": "access-production-⟦uuid:pat⟧"}', 'active', '2024-06-11 09:20:03.551+00');
INSERT INTO public.org_integrations (id, org_id, provider, external_account, credentials, status, created_at) VALUES ('⟦uuid:i3⟧', '⟦uuid:o2⟧', 'stripe', 'acct_1OaB77HhQe2Rt5Yu', '{"secret_key": "⟦stripe_secret_live:o2⟧"}', 'error', '2024-07-02 14:01:19.002+00');
INSERT INTO public.org_integrations (id, org_id, provider, external_account, credentials, status, created_at) VALUES ('⟦uuid:i4⟧', '⟦uuid:o2⟧', 'slack', 'T06A1B2C3D4', '{"bot_token": "⟦slack_bot_token:o2⟧"}', 'active', '2024-07-02 14:05:40.870+00');
INSERT INTO public.org_integrations (id, org_id, provider, external_account, credentials, status, created_at) VALUES ('⟦uuid:i5⟧', '⟦uuid:o3⟧', 'quickbooks', '9341452718393', '{"vault_ref": "vault:kv/ledger/stg/qbo/9341452718393"}', 'active', '2024-08-19 08:44:12.300+00');
INSERT INTO public.org_integrations (id, org_id, provider, external_account, credentials, status, created_at) VALUES ('⟦uuid:i6⟧', '⟦uuid:o3⟧', 'sendgrid', 'ledger-notify', '{"api_key": "⟦sendgrid_api_key:o3⟧"}', 'error', '2024-08-19 08:51:57.118+00');
INSERT INTO public.org_integrations (id, org_id, provider, external_account, credentials, status, created_at) VALUES ('⟦uuid:i7⟧', '⟦uuid:o4⟧', 'stripe', 'acct_1PmZ11CcVv8Nn3Kk', '{"secret_key": "sk_live_****************************3Kk", "note": "migrated to vault"}', 'active', '2024-09-05 16:30:00.000+00');

--
-- PostgreSQL database dump complete
--
