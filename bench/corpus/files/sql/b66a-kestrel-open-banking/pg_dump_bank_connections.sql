--
-- PostgreSQL database dump (partial: public.bank_connections only)
-- Taken by alex@ for SUP-2301 on 2024-05-02, restored into a local container.
--

-- Dumped from database version 15.5
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.bank_connections (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    provider text NOT NULL,
    external_account_id text,
    access_token text,
    refresh_token text,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

COPY public.bank_connections (id, user_id, provider, external_account_id, access_token, refresh_token, expires_at, created_at) FROM stdin;
1	7713	monzo	⟦b66a_monzo_id:acc-1⟧	⟦b66a_monzo_access_token:dump1⟧	⟦b66a_monzo_refresh_token:dump1⟧	2024-05-02 15:10:00+00	2024-01-12 09:00:41+00
2	7713	plaid	⟦b44b_plaid_object_id:item1⟧	⟦b44b_plaid_access_token:dump2⟧	\N	\N	2024-02-03 11:22:09+00
3	7720	starling	⟦uuid:starling-acc-3⟧	⟦b66a_starling_access_token:dump3⟧	\N	2024-05-03 08:00:00+00	2024-03-18 17:45:12+00
4	7731	truelayer	⟦uuid:tl-acc-4⟧	⟦b66a_truelayer_access_token:dump4⟧	\N	2024-05-02 14:03:11+00	2024-04-20 10:15:00+00
5	7744	plaid	⟦b44b_plaid_object_id:item5⟧	⟦b44b_plaid_access_token:dump5⟧	\N	\N	2024-04-29 19:31:58+00
6	7750	monzo	⟦b66a_monzo_id:acc-6⟧	\N	\N	\N	2024-05-01 08:12:00+00
\.

ALTER TABLE ONLY public.bank_connections
    ADD CONSTRAINT bank_connections_pkey PRIMARY KEY (id);

CREATE INDEX bank_connections_user_idx ON public.bank_connections USING btree (user_id);

--
-- PostgreSQL database dump complete
--
