--
-- PostgreSQL database dump
--
-- Dumped from database version 16.6
-- Dumped by pg_dump version 17.2
-- Tables: admin.users, admin.service_tokens (northpaw admin console) — for the staging refresh, 2026-02-27

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE admin.users (
    id integer NOT NULL,
    email text NOT NULL,
    password_hash text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    mfa_enabled boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE admin.service_tokens (
    id integer NOT NULL,
    name text NOT NULL,
    token text NOT NULL,
    scopes text[] NOT NULL,
    created_by integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    revoked_at timestamp with time zone
);

COPY admin.users (id, email, password_hash, role, mfa_enabled, created_at) FROM stdin;
1	dana@northpaw.pet	⟦bcrypt_hash:dana⟧	owner	t	2024-03-02 10:14:22+00
2	kwame@northpaw.pet	⟦bcrypt_hash:kwame⟧	admin	t	2024-03-02 10:15:03+00
3	maria@northpaw.pet	⟦bcrypt_hash:maria⟧	admin	t	2024-06-18 08:41:57+00
4	claims1@northpaw.pet	⟦bcrypt_hash:claims1⟧	agent	f	2025-01-06 14:02:11+00
5	claims2@northpaw.pet	⟦bcrypt_hash:claims2⟧	agent	f	2025-01-06 14:02:40+00
\.

-- service tokens are stored in plain text (legacy; NP-412 will hash them)
COPY admin.service_tokens (id, name, token, scopes, created_by, created_at, revoked_at) FROM stdin;
1	retool	⟦generic_api_key_alnum40:np-retool⟧	{claims:read,claims:write,refunds:write}	1	2025-09-18 12:00:00+00	\N
2	vet-portal	⟦generic_api_key_alnum40:np-vet⟧	{claims:read}	1	2025-10-02 09:30:00+00	\N
3	zapier-old	⟦generic_api_key_alnum40:np-zap⟧	{claims:read}	2	2024-11-11 16:45:00+00	\N
\.

ALTER TABLE ONLY admin.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY admin.service_tokens ADD CONSTRAINT service_tokens_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX users_email_key ON admin.users USING btree (lower(email));

--
-- PostgreSQL database dump complete
--
