--
-- PostgreSQL database dump
--
-- Dumped from database version 15.6
-- Dumped by pg_dump version 16.2
-- Host: matterhub-prod.cluster-ro-cq1z7x2m9k0p.us-east-1.rds.amazonaws.com  Database: matterhub
-- Taken by: ops/ticket MH-OPS-1187 (customer data request, Schaefer Whitlock LLP) -- TRIM BEFORE SENDING

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET row_security = off;

--
-- Name: firms; Type: TABLE; Schema: public; Owner: matterhub
--

CREATE TABLE public.firms (
    id bigint NOT NULL,
    slug character varying(64) NOT NULL,
    name character varying(255) NOT NULL,
    region character varying(8) DEFAULT 'us'::character varying NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: users; Type: TABLE; Schema: public; Owner: matterhub
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    firm_id bigint NOT NULL,
    email character varying(255) NOT NULL,
    full_name character varying(255),
    role character varying(32) DEFAULT 'member'::character varying NOT NULL,
    encrypted_password character varying(255),
    otp_secret character varying(64),
    last_sign_in_at timestamp with time zone
);

--
-- Name: integration_connections; Type: TABLE; Schema: public; Owner: matterhub
--

CREATE TABLE public.integration_connections (
    id bigint NOT NULL,
    firm_id bigint NOT NULL,
    provider character varying(32) NOT NULL,
    external_account character varying(255),
    client_id character varying(255),
    client_secret text,
    access_token text,
    refresh_token text,
    expires_at timestamp with time zone,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

COMMENT ON COLUMN public.integration_connections.client_secret IS 'TODO(MH-412): encrypt at rest with KMS envelope like webhooks.secret';

--
-- Name: matters; Type: TABLE; Schema: public; Owner: matterhub
--

CREATE TABLE public.matters (
    id bigint NOT NULL,
    firm_id bigint NOT NULL,
    number character varying(32) NOT NULL,
    title character varying(512) NOT NULL,
    client_name character varying(255),
    status character varying(16) DEFAULT 'open'::character varying NOT NULL,
    dms_workspace_id character varying(64),
    opened_on date,
    closed_on date
);

--
-- Name: webhooks; Type: TABLE; Schema: public; Owner: matterhub
--

CREATE TABLE public.webhooks (
    id bigint NOT NULL,
    firm_id bigint NOT NULL,
    url text NOT NULL,
    events text[] NOT NULL,
    secret_ciphertext text NOT NULL,
    active boolean DEFAULT true NOT NULL
);

--
-- Data for Name: firms; Type: TABLE DATA; Schema: public; Owner: matterhub
--

COPY public.firms (id, slug, name, region, created_at) FROM stdin;
1	matterhub-demo	MatterHub Demo Firm	us	2022-02-01 12:00:00+00
14	schaefer-whitlock	Schaefer Whitlock LLP	us	2022-09-14 15:21:07+00
22	harlow-mercer	Harlow & Mercer LLP	us	2023-01-10 09:02:44+00
31	north-quay	North Quay Solicitors	uk	2023-06-19 08:30:10+00
\.

--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: matterhub
--

COPY public.users (id, firm_id, email, full_name, role, encrypted_password, otp_secret, last_sign_in_at) FROM stdin;
1001	14	mschaefer@schaeferwhitlock.com	Margaret Schaefer	admin	⟦bcrypt_hash:u1001⟧	\N	2024-06-30 22:11:05+00
1002	14	docketing@schaeferwhitlock.com	Docketing Team	member	⟦bcrypt_hash:u1002⟧	\N	2024-07-01 13:40:17+00
1003	14	tgrant@schaeferwhitlock.com	Theo Grant	member	⟦bcrypt_hash:u1003⟧	⟦b40c_totp_seed:u1003⟧	2024-06-28 16:02:51+00
1004	14	it@schaeferwhitlock.com	SW IT	admin	⟦bcrypt_hash:u1004⟧	⟦b40c_totp_seed:u1004⟧	2024-05-02 10:00:00+00
2201	22	dokafor@harlowmercer.com	Dmitri Okafor	admin	\N	\N	2024-06-12 08:15:33+00
\.

--
-- Data for Name: integration_connections; Type: TABLE DATA; Schema: public; Owner: matterhub
--

COPY public.integration_connections (id, firm_id, provider, external_account, client_id, client_secret, access_token, refresh_token, expires_at, settings, created_at, updated_at) FROM stdin;
501	14	netdocuments	CA-SWREPO01	AP-MATTERHUB01	⟦b48b_netdocs_client_secret:mh⟧	\N	⟦b48b_netdocs_refresh_token:mh⟧	\N	{"cabinet": "NG-SW000001", "region": "US"}	2022-09-20 10:12:44+00	2024-06-30 02:00:01+00
502	14	clio	7731902	⟦b48b_clio_client_id:mh⟧	⟦b48b_clio_client_secret:mh⟧	⟦b48b_clio_access_token:mhacc⟧	⟦b48b_clio_access_token:mhref⟧	2024-07-01 14:40:17+00	{"region": "us", "sync_contacts": true}	2022-10-03 11:30:00+00	2024-06-30 14:40:17+00
503	14	docusign	⟦b48b_docusign_guid:mhacct⟧	⟦b48b_docusign_integration_key:mh⟧	\N	\N	\N	\N	{"base_uri": "https://na4.docusign.net", "auth": "jwt"}	2023-01-18 17:00:00+00	2023-01-18 17:00:00+00
504	22	imanage	harlowmercer	hm-matterhub	⟦b48b_imanage_client_secret:mh⟧	\N	\N	\N	{"library": "ACTIVE", "host": "cloudimanage.com"}	2023-01-12 09:10:00+00	2024-02-19 01:31:22+00
505	22	intapp_open	hm.intappopen.com	\N	\N	⟦generic_api_key_alnum40:intapp⟧	\N	\N	{"webhook": "matter.approved"}	2023-02-01 12:00:00+00	2023-02-01 12:00:00+00
506	31	pandadoc	northquay	\N	\N	⟦b48b_pandadoc_api_key:mh⟧	\N	\N	{}	2023-07-02 08:00:00+00	2023-07-02 08:00:00+00
507	14	everlaw	org-2291	\N	\N	⟦b66c_everlaw_api_key:mh⟧	\N	\N	{"project_ids": [48812]}	2024-03-11 19:22:10+00	2024-03-11 19:22:10+00
508	31	filevine	northquay-pi	nq-matterhub-sync	⟦b66c_filevine_client_secret:mh⟧	⟦b66c_filevine_pat:mh⟧	\N	\N	{"org_id": 8812, "gateway": "https://api.filevineapp.com"}	2024-04-02 10:15:00+00	2024-06-30 03:00:00+00
\.

--
-- Data for Name: matters; Type: TABLE DATA; Schema: public; Owner: matterhub
--

COPY public.matters (id, firm_id, number, title, client_name, status, dms_workspace_id, opened_on, closed_on) FROM stdin;
90001	14	23-1000	Vireo Biotech - Contract dispute	Tallgrass Energy	open	4254-7468-1791	2024-02-12	\N
90002	14	22-1001	Tallgrass Energy - Regulatory inquiry	Acme Manufacturing Co.	closed	4138-2408-8104	2022-04-03	2022-04-03
90003	14	24-1002	Tallgrass Energy - Franchise agreement	Lakeside Health Partners	closed	4226-4657-2013	2022-04-02	2022-04-02
90004	14	23-1003	Lakeside Health Partners - Trademark opposition	Vireo Biotech	open	4529-3363-9858	2024-05-18	\N
90005	14	24-1004	Vireo Biotech - Contract dispute	Vireo Biotech	open	4754-4078-7101	2024-12-03	\N
90006	14	22-1005	Pioneer Credit Union - Patent prosecution	Orchard Street Bakery LLC	open	4608-9711-8005	2023-10-15	\N
90007	14	22-1006	Summit Roofing Inc. - Patent prosecution	Vireo Biotech	open	4815-4999-2341	2024-08-11	\N
90008	14	22-1007	Redwood Analytics - Contract dispute	Borealis Systems, Inc.	open	4220-9387-7850	2023-03-16	\N
90009	14	24-1008	Summit Roofing Inc. - Trademark opposition	Borealis Systems, Inc.	open	4686-6140-6572	2024-08-19	\N
90010	14	23-1009	Summit Roofing Inc. - Patent prosecution	Redwood Analytics	open	4585-2064-1994	2024-10-22	\N
90011	14	24-1010	Summit Roofing Inc. - Contract dispute	Orchard Street Bakery LLC	open	4455-1369-8564	2022-10-04	\N
90012	14	23-1011	Summit Roofing Inc. - Regulatory inquiry	Tallgrass Energy	closed	4232-5056-7519	2023-02-06	2023-02-06
90013	14	23-1012	Orchard Street Bakery LLC - Lease renewal	Borealis Systems, Inc.	closed	4240-8053-5561	2023-11-13	2023-11-13
90014	14	22-1013	Gulf Coast Marine - Patent prosecution	Acme Manufacturing Co.	open	4254-4800-4822	2023-10-06	\N
90015	14	22-1014	Tallgrass Energy - Data breach response	Acme Manufacturing Co.	open	4529-9758-7049	2022-12-28	\N
90016	14	23-1015	Redwood Analytics - Contract dispute	Orchard Street Bakery LLC	closed	4991-7428-7521	2023-02-16	2023-02-16
90017	14	22-1016	Borealis Systems, Inc. - Contract dispute	Vireo Biotech	open	4313-8219-3659	2023-10-02	\N
90018	14	22-1017	Redwood Analytics - Lease renewal	Gulf Coast Marine	open	4649-2662-6957	2022-04-20	\N
90019	14	23-1018	Summit Roofing Inc. - Insurance coverage	Gulf Coast Marine	open	4716-6966-8768	2022-08-15	\N
90020	14	22-1019	Tallgrass Energy - Contract dispute	Orchard Street Bakery LLC	open	4247-2674-6613	2023-12-06	\N
90021	14	24-1020	Borealis Systems, Inc. - Construction defect	Gulf Coast Marine	open	4470-3401-9899	2024-05-21	\N
90022	14	24-1021	Tallgrass Energy - M&A diligence	Orchard Street Bakery LLC	open	4475-3736-6827	2024-09-25	\N
90023	14	24-1022	Tallgrass Energy - Insurance coverage	Pioneer Credit Union	closed	4930-4197-4922	2024-04-07	2024-04-07
90024	14	24-1023	Vireo Biotech - M&A diligence	Summit Roofing Inc.	closed	4129-1457-5577	2023-04-23	2023-04-23
90025	14	24-1024	Orchard Street Bakery LLC - M&A diligence	Orchard Street Bakery LLC	open	4457-6974-2319	2022-04-16	\N
90026	14	23-1025	Borealis Systems, Inc. - Securities class action	Redwood Analytics	open	4739-1031-8855	2024-02-27	\N
90027	14	24-1026	Borealis Systems, Inc. - Estate administration	Redwood Analytics	open	4868-4265-8832	2023-11-11	\N
90028	14	23-1027	Vireo Biotech - Securities class action	Summit Roofing Inc.	open	4511-2391-3602	2022-01-05	\N
90029	14	24-1028	Acme Manufacturing Co. - Contract dispute	Borealis Systems, Inc.	open	4249-8771-6741	2024-09-05	\N
90030	14	24-1029	Orchard Street Bakery LLC - Patent prosecution	Tallgrass Energy	open	4867-3281-8107	2022-01-09	\N
90031	14	22-1030	Pioneer Credit Union - Securities class action	Summit Roofing Inc.	closed	4882-6341-5249	2022-01-24	2022-01-24
90032	14	24-1031	Tallgrass Energy - Contract dispute	Summit Roofing Inc.	open	4697-9466-7891	2024-03-17	\N
90033	14	22-1032	Borealis Systems, Inc. - Commercial collections	Acme Manufacturing Co.	open	4723-1064-3454	2022-08-20	\N
90034	14	23-1033	Orchard Street Bakery LLC - Employment - wrongful termination	Gulf Coast Marine	closed	4798-9492-9695	2022-09-02	2022-09-02
90035	14	22-1034	Borealis Systems, Inc. - Insurance coverage	Pioneer Credit Union	closed	4890-2601-9318	2024-01-25	2024-01-25
90036	14	24-1035	Summit Roofing Inc. - Commercial collections	Orchard Street Bakery LLC	open	4617-9391-4267	2023-09-18	\N
90037	14	24-1036	Redwood Analytics - Insurance coverage	Pioneer Credit Union	closed	4635-5253-4319	2022-07-04	2022-07-04
90038	14	22-1037	Borealis Systems, Inc. - Securities class action	Lakeside Health Partners	open	4787-4942-8017	2022-11-10	\N
90039	14	24-1038	Borealis Systems, Inc. - Regulatory inquiry	Summit Roofing Inc.	open	4758-6999-3342	2022-08-08	\N
90040	14	22-1039	Redwood Analytics - Employment - wrongful termination	Pioneer Credit Union	closed	4783-4665-3645	2024-07-11	2024-07-11
90041	14	23-1040	Acme Manufacturing Co. - Regulatory inquiry	Pioneer Credit Union	open	4194-6995-1319	2024-08-15	\N
90042	14	24-1041	Borealis Systems, Inc. - Patent prosecution	Gulf Coast Marine	open	4738-5840-9392	2022-04-04	\N
90043	14	22-1042	Gulf Coast Marine - Regulatory inquiry	Lakeside Health Partners	open	4897-3974-5430	2023-11-27	\N
90044	14	24-1043	Lakeside Health Partners - Regulatory inquiry	Borealis Systems, Inc.	open	4627-9103-6358	2023-01-26	\N
90045	14	23-1044	Gulf Coast Marine - Franchise agreement	Borealis Systems, Inc.	open	4117-2451-5268	2024-04-03	\N
90046	14	23-1045	Tallgrass Energy - Construction defect	Orchard Street Bakery LLC	open	4111-6556-7844	2024-03-02	\N
90047	14	22-1046	Gulf Coast Marine - Commercial collections	Orchard Street Bakery LLC	open	4265-5290-1825	2022-05-21	\N
90048	14	23-1047	Acme Manufacturing Co. - Contract dispute	Acme Manufacturing Co.	open	4556-9193-3914	2023-01-09	\N
90049	14	24-1048	Redwood Analytics - Board advisory	Summit Roofing Inc.	closed	4617-4104-9425	2022-08-04	2022-08-04
90050	14	24-1049	Pioneer Credit Union - Employment - wrongful termination	Lakeside Health Partners	open	4954-7440-9301	2024-04-08	\N
90051	14	23-1050	Gulf Coast Marine - Regulatory inquiry	Lakeside Health Partners	open	4455-1891-3126	2022-11-24	\N
90052	14	22-1051	Gulf Coast Marine - Contract dispute	Summit Roofing Inc.	open	4186-7240-9289	2024-04-23	\N
90053	14	22-1052	Tallgrass Energy - M&A diligence	Orchard Street Bakery LLC	open	4261-5407-8304	2023-06-11	\N
90054	14	22-1053	Borealis Systems, Inc. - Insurance coverage	Gulf Coast Marine	open	4416-4569-6842	2022-06-13	\N
90055	14	24-1054	Borealis Systems, Inc. - Lease renewal	Redwood Analytics	open	4771-4292-5066	2022-05-27	\N
90056	14	24-1055	Borealis Systems, Inc. - Data breach response	Tallgrass Energy	open	4142-7454-1368	2023-11-08	\N
90057	14	22-1056	Vireo Biotech - Board advisory	Lakeside Health Partners	closed	4773-7381-6343	2022-05-24	2022-05-24
90058	14	22-1057	Acme Manufacturing Co. - Franchise agreement	Vireo Biotech	open	4944-9404-8032	2024-09-19	\N
90059	14	24-1058	Pioneer Credit Union - Trademark opposition	Redwood Analytics	open	4799-4767-2394	2022-03-21	\N
90060	14	23-1059	Summit Roofing Inc. - Estate administration	Borealis Systems, Inc.	open	4671-1831-1308	2023-05-01	\N
\.

--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: public; Owner: matterhub
--

COPY public.webhooks (id, firm_id, url, events, secret_ciphertext, active) FROM stdin;
71	14	https://hooks.schaeferwhitlock.com/matterhub	{matter.created,matter.closed}	⟦kms_ciphertext:wh71⟧	t
72	22	https://docket.hm.local/api/hooks/matterhub	{matter.created}	⟦kms_ciphertext:wh72⟧	t
\.

--
-- PostgreSQL database dump complete
--
