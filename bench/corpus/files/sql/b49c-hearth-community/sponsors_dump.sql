--
-- PostgreSQL database dump (hearth sponsors-webhooks service)
-- Dumped from database version 16.2
-- pg_dump -h db -U hearth -t sponsors -t sponsor_events -t integrations hearth
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.sponsors (
    id integer NOT NULL,
    display_name text NOT NULL,
    source text NOT NULL,
    external_id text,
    tier text,
    discord_user_id bigint,
    is_public boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.integrations (
    id integer NOT NULL,
    provider text NOT NULL,
    label text,
    credential text NOT NULL,
    created_by text,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.sponsor_events (
    id integer NOT NULL,
    sponsor_id integer,
    kind text NOT NULL,
    amount_cents integer,
    currency character(3),
    message_id uuid,
    received_at timestamp with time zone DEFAULT now() NOT NULL
);

COPY public.sponsors (id, display_name, source, external_id, tier, discord_user_id, is_public, created_at) FROM stdin;
1	lumen-labs	github	⟦b39a_github_node_id:s1⟧	Gold	\N	t	2023-04-02 11:20:41+00
2	Jo Ferreira	kofi	\N	Coffee Club	⟦b42a_discord_snowflake:s2⟧	t	2023-05-18 08:02:17+00
3	anonymous	kofi	\N	\N	\N	f	2023-06-01 19:44:03+00
4	Backbeat GmbH	polar	⟦uuid:s4⟧	Company	\N	t	2023-09-12 14:10:55+00
5	tkwon	github	⟦b39a_github_node_id:s5⟧	Silver	⟦b42a_discord_snowflake:s5⟧	t	2024-01-07 10:01:12+00
\.

COPY public.sponsor_events (id, sponsor_id, kind, amount_cents, currency, message_id, received_at) FROM stdin;
1	1	github.sponsorship.created	10000	USD	⟦uuid:e1⟧	2023-04-02 11:20:41+00
2	2	kofi.Subscription	500	EUR	⟦uuid:e2⟧	2023-05-18 08:02:17+00
3	3	kofi.Donation	300	GBP	⟦uuid:e3⟧	2023-06-01 19:44:03+00
4	4	polar.subscription.active	25000	EUR	⟦uuid:e4⟧	2023-09-12 14:10:55+00
5	5	github.sponsorship.created	2500	USD	⟦uuid:e5⟧	2024-01-07 10:01:12+00
\.

COPY public.integrations (id, provider, label, credential, created_by, updated_at) FROM stdin;
1	kofi	verification token (hearth page)	⟦b49c_kofi_verification_token:db⟧	amara	2024-02-16 10:40:02+00
2	github_sponsors	webhook secret	⟦webhook_signing_secret:db⟧	amara	2023-04-01 09:00:00+00
3	polar	organization access token (read sponsors)	⟦b40b_polar_access_token:db⟧	kofi	2023-09-10 16:31:27+00
4	discord	supporter-role bot token	⟦discord_bot_token:db⟧	hollis	2024-02-15 19:20:11+00
5	opencollective	personal token	REDACTED	amara	2023-01-12 12:00:00+00
\.

ALTER TABLE ONLY public.sponsors ADD CONSTRAINT sponsors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.integrations ADD CONSTRAINT integrations_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.sponsor_events ADD CONSTRAINT sponsor_events_pkey PRIMARY KEY (id);

--
-- PostgreSQL database dump complete
--
