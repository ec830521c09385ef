--
-- PostgreSQL database cluster dump
--

SET default_transaction_read_only = off;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE app_rw;
ALTER ROLE app_rw WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:⟦b64_blob:salt|slice=0-24⟧$⟦b64_blob:sk|slice=0-43|post==⟧:⟦b64_blob:svk|slice=0-43|post==⟧';
CREATE ROLE reporting;
ALTER ROLE reporting WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md5⟦md5⟧';
CREATE USER metabase WITH PASSWORD 'metabase2023';

\connect shop

--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: app_rw
--

COPY public.users (id, email, encrypted_password, role, created_at) FROM stdin;
1	admin@acme-shop.com	⟦bcrypt_hash⟧	admin	2021-02-11 10:00:00+00
2	dana.ortiz@acme-shop.com	⟦bcrypt_hash⟧	support	2022-08-01 09:12:33+00
3	piotr.nowak@acme-shop.com	⟦bcrypt_hash⟧	admin	2022-09-14 08:02:11+00
\.

--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: app_rw
--

COPY public.api_tokens (id, user_id, name, token_digest, last_used_at) FROM stdin;
11	1	zapier	⟦sha256⟧	2024-04-30 21:00:01+00
12	3	warehouse-sync	⟦sha256⟧	2024-05-01 00:00:02+00
\.

--
-- Data for Name: store_integrations; Type: TABLE DATA; Schema: public; Owner: app_rw
--

COPY public.store_integrations (id, store_id, provider, credentials, updated_at) FROM stdin;
1	st_7Qm2Lx9Pz	stripe	{"secret_key": "⟦stripe_secret_live⟧", "account": "acct_1OpQ2rLkdIgQ2sPd"}	2024-02-11 10:20:01+00
2	st_7Qm2Lx9Pz	slack	{"bot_token": "⟦slack_bot_token⟧", "team": "T02AB3CD4EF"}	2024-03-01 14:05:51+00
3	st_9Kd1Mv3Qa	shopify	{"access_token": "⟦shopify_custom_app_token⟧", "shop": "bianchi-ceramiche.myshopify.com"}	2024-01-05 15:30:12+00
4	st_9Kd1Mv3Qa	mailgun	{"api_key": "", "domain": null}	2024-01-05 15:30:12+00
\.

--
-- Data for Name: oauth_applications; Type: TABLE DATA; Schema: public; Owner: app_rw
--

INSERT INTO public.oauth_applications (id, name, uid, secret, redirect_uri) VALUES (1, 'GitHub login', 'Iv1.8a61f9b3a7aba766', '⟦github_app_client_secret⟧', 'https://shop.acme-shop.com/auth/github/callback');
INSERT INTO public.oauth_applications (id, name, uid, secret, redirect_uri) VALUES (2, 'Internal dashboard', '⟦uuid:dash⟧', '⟦bcrypt_hash:dash⟧', 'https://dash.acme-shop.com/callback');

--
-- PostgreSQL database dump complete
--
