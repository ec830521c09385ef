--
-- PostgreSQL database dump (airbyte config db, self-managed OSS instance, before the Cloud move)
-- pg_dump --data-only --table=actor airbyte > airbyte_config_dump.sql
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

COPY public.actor (id, workspace_id, actor_definition_id, name, configuration, actor_type, tombstone, created_at, updated_at) FROM stdin;
1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7081	5f4e3d2c-1b0a-4c9d-8e7f-6a5b4c3d2e1f	decd338e-5647-4c0b-adf4-da0e75f5a750	billing-postgres	{"host": "billing-db-ro.fernbank.internal", "port": 5432, "database": "billing", "username": "airbyte_ro", "password": "Airbyte-ro-Billing22", "ssl_mode": {"mode": "require"}}	source	f	2024-03-11 10:22:01.118+00	2025-06-02 08:01:44.902+00
2c3d4e5f-6071-4829-8b3c-4d5e6f708192	5f4e3d2c-1b0a-4c9d-8e7f-6a5b4c3d2e1f	36c891d9-4bd9-43ac-bad2-10e12756272c	hubspot	{"credentials": {"credentials_title": "Private App Credentials", "access_token": "⟦hubspot_pat:airbyte⟧"}, "start_date": "2023-01-01T00:00:00Z"}	source	f	2024-03-11 10:30:12.007+00	2025-01-14 12:40:19.552+00
3d4e5f60-7182-4930-9c4d-5e6f70819203	5f4e3d2c-1b0a-4c9d-8e7f-6a5b4c3d2e1f	424892c4-daac-4491-b35d-c6688ba547ba	snowflake-raw	{"host": "fb20931.eu-west-1.snowflakecomputing.com", "role": "LOADER", "warehouse": "LOADING", "database": "RAW", "schema": "AIRBYTE", "username": "SVC_AIRBYTE", "credentials": {"auth_type": "Key Pair Authentication", "private_key": "⟦pem_rsa_pkcs8:abdump|json⟧", "private_key_password": "Svc-Airbyte-Key-2024"}}	destination	f	2024-03-11 10:41:55.300+00	2025-06-02 08:03:10.771+00
4e5f6071-8293-4a41-8d5e-6f708192a314	5f4e3d2c-1b0a-4c9d-8e7f-6a5b4c3d2e1f	b6604cbd-1b12-4c08-8767-e140d0fb0877	s3-archive	{"s3_bucket_name": "fernbank-airbyte-archive", "s3_bucket_region": "eu-west-1", "access_key_id": "⟦aws_access_key_id:abdump⟧", "secret_access_key": "⟦aws_secret_access_key:abdump⟧", "format": {"format_type": "Parquet"}}	destination	t	2024-05-02 14:12:09.441+00	2024-11-30 09:00:00.000+00
\.

--
-- PostgreSQL database dump complete
--
