--
-- PostgreSQL database dump (sample rows for the analytics sandbox; emails anonymised by scripts/anonymise.sql)
--
-- Dumped from database version 15.6
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.app_user (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    mfa_enabled boolean DEFAULT false NOT NULL,
    role text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL
);

COPY public.app_user (id, email, password_hash, mfa_enabled, role, created_at) FROM stdin;
⟦uuid:u1⟧	user-0001@example.invalid	⟦bcrypt_hash:u1⟧	t	applicant	2024-03-02 10:11:45+11
⟦uuid:u2⟧	user-0002@example.invalid	⟦bcrypt_hash:u2⟧	f	applicant	2024-03-02 11:40:02+11
⟦uuid:u3⟧	user-0003@example.invalid	⟦bcrypt_hash:u3⟧	t	broker	2024-03-04 09:05:17+11
⟦uuid:u4⟧	user-0004@example.invalid	⟦bcrypt_hash:u4⟧	t	credit_officer	2024-03-05 14:22:51+11
⟦uuid:u5⟧	user-0005@example.invalid	⟦bcrypt_hash:u5⟧	f	applicant	2024-03-07 16:48:09+11
\.

CREATE TABLE public.bank_connection (
    id uuid PRIMARY KEY,
    applicant_id uuid NOT NULL REFERENCES public.app_user(id),
    basiq_user_id uuid NOT NULL,
    basiq_connection_id uuid,
    institution_id text NOT NULL,
    status text NOT NULL
);

COPY public.bank_connection (id, applicant_id, basiq_user_id, basiq_connection_id, institution_id, status) FROM stdin;
⟦uuid:c1⟧	⟦uuid:u1⟧	⟦uuid:b1⟧	⟦uuid:bc1⟧	AU00000	active
⟦uuid:c2⟧	⟦uuid:u2⟧	⟦uuid:b2⟧	⟦uuid:bc2⟧	AU00201	active
⟦uuid:c3⟧	⟦uuid:u5⟧	⟦uuid:b5⟧	\N	AU00401	pending
\.

--
-- PostgreSQL database dump complete
--
