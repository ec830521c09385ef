--
-- PostgreSQL database dump (tables: connection, variable, ab_user) taken for the 2.10 upgrade dry run
--

-- Dumped from database version 15.8
-- Dumped by pg_dump version 16.4

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

--
-- Data for Name: connection; Type: TABLE DATA; Schema: public; Owner: airflow
--

COPY public.connection (id, conn_id, conn_type, host, schema, login, password, port, extra, is_encrypted, is_extra_encrypted, description) FROM stdin;
1	aws_logs	aws	\N	\N	\N	⟦b41a_fernet_token:c1p⟧	\N	⟦b41a_fernet_token:c1e⟧	t	t	S3 remote logging
2	postgres_crm	postgres	crm-replica.tidewater.internal	crm	crm_reader	⟦b41a_fernet_token:c2p⟧	5432	⟦b41a_fernet_token:c2e⟧	t	t	CRM read replica
3	snowflake_legacy	snowflake	\N	RAW	SVC_AIRFLOW_OLD	⟦password:legacy⟧	\N	{"account": "tw48213", "region": "eu-west-1", "warehouse": "LOADING_S", "role": "LOADER"}	f	f	created before fernet was enabled
4	sftp_old_partner	sftp	sftp.northquay-supply.com	\N	tidewater	NorthQuay2021	22	\N	f	f	\N
5	http_clearbit	http	https://company.clearbit.com	\N	\N	⟦clearbit_key:meta⟧	\N	\N	f	f	\N
6	dbt_cloud_default	dbt_cloud	emea.dbt.com	\N	70403	⟦b41a_fernet_token:c6p⟧	\N	\N	t	f	emea tenant
7	slack_api_default	slack	\N	\N	\N	⟦slack_bot_token:meta⟧	\N	{"timeout": 30}	f	f	ops bot
\.

--
-- Data for Name: variable; Type: TABLE DATA; Schema: public; Owner: airflow
--

COPY public.variable (id, key, val, description, is_encrypted) FROM stdin;
1	environment	prod	\N	f
2	openai_api_key	⟦b41a_fernet_token:v2⟧	\N	t
3	hubspot_private_app_token	⟦hubspot_pat:meta⟧	imported from the old box	f
4	s3_export_bucket	tw-crm-exports	\N	f
5	crm_full_refresh	false	\N	f
\.

--
-- Data for Name: ab_user; Type: TABLE DATA; Schema: public; Owner: airflow
--

COPY public.ab_user (id, first_name, last_name, username, password, active, email, last_login, login_count, fail_login_count, created_on, changed_on) FROM stdin;
1	Airflow	Admin	admin	pbkdf2:sha256:600000$⟦csrf_nonce:s1|slice=0-16⟧$⟦sha256:h1⟧	t	data-eng@tidewater.io	2024-11-17 21:40:12.118	412	0	2023-02-01 10:00:00	2024-06-03 08:12:45
2	Jonas	Kramer	jonas.k	pbkdf2:sha256:600000$⟦csrf_nonce:s2|slice=0-16⟧$⟦sha256:h2⟧	t	jonas.kramer@tidewater.io	2024-11-18 07:58:02.441	198	0	2023-02-14 09:31:00	2024-02-14 09:31:00
\.

--
-- PostgreSQL database dump complete
--
