--
-- PostgreSQL database dump (partial: auth schema only, for FR-402 repro)
--
-- Dumped from database version 15.5
-- Dumped by pg_dump version 16.1

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE auth.users (
    id bigint NOT NULL,
    email text NOT NULL,
    password_hash text NOT NULL,
    mfa_secret text,
    created_at timestamp with time zone DEFAULT now()
);

CREATE TABLE auth.api_keys (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    label text,
    key_prefix text NOT NULL,
    key_plain text,
    created_at timestamp with time zone DEFAULT now()
);

COPY auth.users (id, email, password_hash, mfa_secret, created_at) FROM stdin;
1	dmitri@fileright.co	⟦argon2_hash:dmitri⟧	⟦b40c_totp_seed:dmitri⟧	2022-08-01 10:11:12+00
2	support@fileright.co	⟦argon2_hash:support⟧	\N	2022-08-03 09:00:00+00
3	megan@harborledger.com	⟦argon2_hash:megan⟧	\N	2023-12-02 14:22:51+00
\.

-- key_plain was supposed to be nulled after the hashing migration (FR-377). it wasn't for old keys.
COPY auth.api_keys (id, account_id, label, key_prefix, key_plain, created_at) FROM stdin;
11	10442	harbor-ledger-sync	fr_live_	⟦generic_api_key_alnum40:k11|pre=fr_live_⟧	2023-12-02 14:30:00+00
12	10451	saguaro-import	fr_live_	⟦generic_api_key_alnum40:k12|pre=fr_live_⟧	2023-12-11 16:02:44+00
13	10470	tallypoint-ap	fr_live_	\N	2024-01-05 08:15:10+00
\.

ALTER TABLE ONLY auth.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY auth.api_keys ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);
