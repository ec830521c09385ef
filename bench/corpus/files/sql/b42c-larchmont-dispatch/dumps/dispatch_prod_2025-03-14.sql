--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)
-- Dumped by pg_dump version 15.6 (Debian 15.6-1.pgdg120+2)
-- Started on 2025-03-14 02:15:04 UTC
-- NOTE(kb): trimmed copy for the carrier-onboarding bug repro, DO NOT share outside #dispatch-eng

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- TOC entry 231 (class 1259 OID 16502)
-- Name: carriers; Type: TABLE; Schema: public; Owner: dispatch
--

CREATE TABLE public.carriers (
    id bigint NOT NULL,
    public_id uuid DEFAULT gen_random_uuid() NOT NULL,
    legal_name text NOT NULL,
    mc_number character varying(12),
    dot_number character varying(12),
    eld_provider text,
    eld_credentials jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE public.carriers OWNER TO dispatch;

CREATE TABLE public.integration_credentials (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    provider text NOT NULL,
    key_id text,
    secret text,
    rotated_at timestamp with time zone
);

CREATE TABLE public.webhook_endpoints (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    url text NOT NULL,
    signing_secret text NOT NULL,
    events text[] NOT NULL
);

CREATE TABLE public.users (
    id bigint NOT NULL,
    email citext NOT NULL,
    password_digest character varying(80),
    otp_secret character varying(32),
    role character varying(20) DEFAULT 'dispatcher'::character varying NOT NULL,
    last_sign_in_at timestamp with time zone
);

--
-- TOC entry 3471 (class 0 OID 16502)
-- Dependencies: 231
-- Data for Name: carriers; Type: TABLE DATA; Schema: public; Owner: dispatch
--

COPY public.carriers (id, public_id, legal_name, mc_number, dot_number, eld_provider, eld_credentials, created_at) FROM stdin;
1	⟦uuid:c1⟧	Bluewater Haulage LLC	MC-882014	3312907	samsara	{"api_token": "samsara_api_⟦generic_api_key_alnum40:samsara1|slice=0-30⟧"}	2023-06-02 14:11:09.31+00
2	⟦uuid:c2⟧	Redtail Freight Inc	MC-104377	2871044	motive	{"client_id": "⟦uuid:motive-cid⟧", "client_secret": "⟦generic_api_key_alnum40:motive⟧"}	2023-09-18 08:40:55.02+00
3	⟦uuid:c3⟧	Three Rivers Transport	MC-577120	1988321	\N	\N	2024-01-07 19:03:12.77+00
4	⟦uuid:c4⟧	O'Malley & Sons Trucking	MC-660931	3020457	geotab	{"database": "omalley_sons", "username": "larchmont.api@omalleysons.com", "password": "Trucks4Life!"}	2024-05-21 11:27:40.5+00
\.

--
-- Data for Name: integration_credentials; Type: TABLE DATA; Schema: public; Owner: dispatch
--

COPY public.integration_credentials (id, tenant_id, provider, key_id, secret, rotated_at) FROM stdin;
1	1	twilio	⟦twilio_account_sid:t1⟧	⟦twilio_auth_token:t1⟧	2024-11-02 09:00:00+00
2	1	sendgrid	\N	⟦sendgrid_api_key:t1⟧	2024-08-19 16:45:12+00
3	1	google_maps	larchmont-routing	⟦gcp_api_key:maps⟧	\N
4	2	twilio	⟦twilio_account_sid:t2⟧	⟦twilio_auth_token:t2⟧	2025-01-30 10:12:44+00
5	2	stripe	acct_1NbW4sH2eKq8ZtR0	⟦stripe_restricted_live:t2⟧	2025-02-01 00:00:00+00
6	3	mailgun	mg.threeriverstransport.com	⟦mailgun_api_key:t3⟧	2023-12-12 12:12:12+00
7	3	slack	T04QK7LDN2A	\N	\N
\.

--
-- Data for Name: webhook_endpoints; Type: TABLE DATA; Schema: public; Owner: dispatch
--

COPY public.webhook_endpoints (id, tenant_id, url, signing_secret, events) FROM stdin;
11	1	https://tms.bluewaterhaulage.com/hooks/larchmont	whsec_⟦webhook_signing_secret:wh11⟧	{load.tendered,load.delivered}
12	2	https://hooks.zapier.com/hooks/catch/5520193/bq7x1kd/	whsec_⟦webhook_signing_secret:wh12⟧	{load.delivered}
13	3	https://ops.threeriverstransport.com/api/v2/larchmont-events	whsec_⟦webhook_signing_secret:wh13⟧	{load.tendered,load.cancelled,invoice.paid}
\.

--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: dispatch
--

COPY public.users (id, email, password_digest, otp_secret, role, last_sign_in_at) FROM stdin;
1	kbrennan@larchmontdispatch.com	⟦bcrypt_hash:u1⟧	\N	admin	2025-03-13 22:41:07+00
2	dispatch@bluewaterhaulage.com	⟦bcrypt_hash:u2⟧	⟦b40c_totp_seed:u2⟧	dispatcher	2025-03-14 01:58:30+00
3	ap@redtailfreight.com	⟦bcrypt_hash:u3⟧	\N	billing	2025-03-10 15:02:19+00
4	svc-edi@larchmontdispatch.com	⟦bcrypt_hash:u4⟧	\N	service	\N
\.

--
-- TOC entry 3310 (class 2606 OID 16511)
-- Name: carriers carriers_pkey; Type: CONSTRAINT; Schema: public; Owner: dispatch
--

ALTER TABLE ONLY public.carriers
    ADD CONSTRAINT carriers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.integration_credentials
    ADD CONSTRAINT integration_credentials_pkey PRIMARY KEY (id);

--
-- PostgreSQL database dump complete
--

-- Completed on 2025-03-14 02:16:51 UTC
