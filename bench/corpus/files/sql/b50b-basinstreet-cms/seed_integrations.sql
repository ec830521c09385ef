-- seed_integrations.sql
-- Integration credentials for the CMS "Publishing targets" screen.
-- Generated from prod with: pg_dump -t integrations --data-only --column-inserts cms
-- (shared with the agency so they can reproduce the publish bug on staging -- BSM-377)

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE IF NOT EXISTS public.integrations (
    id serial PRIMARY KEY,
    provider text NOT NULL,
    label text NOT NULL,
    account_ref text,
    api_key text,
    api_secret text,
    enabled boolean DEFAULT true,
    created_at timestamptz DEFAULT now()
);

INSERT INTO public.integrations (id, provider, label, account_ref, api_key, api_secret, enabled, created_at) VALUES (1, 'vimeo', 'Vimeo OTT showcase', '⟦b46b_vimeo_client_id:sql⟧', '⟦b46b_vimeo_access_token:sql⟧', NULL, true, '2023-02-14 10:12:01+00');
INSERT INTO public.integrations (id, provider, label, account_ref, api_key, api_secret, enabled, created_at) VALUES (2, 'wistia', 'Sponsor portal', 'bsm-sponsors', '⟦b50b_wistia_api_token:sql⟧', NULL, true, '2023-05-02 16:40:22+00');
INSERT INTO public.integrations (id, provider, label, account_ref, api_key, api_secret, enabled, created_at) VALUES (3, 'brightcove', 'Legacy library', '6312048817001', '⟦b50b_brightcove_client_id:sql⟧', '⟦b46b_brightcove_client_secret:sql⟧', false, '2021-09-30 08:00:00+00');
INSERT INTO public.integrations (id, provider, label, account_ref, api_key, api_secret, enabled, created_at) VALUES (4, 'youtube', 'Basin Street Live (simulcast)', 'UC7bsmLiVe0xT2q9Kd1PzA', '⟦gcp_api_key:sql⟧', NULL, true, '2023-11-20 12:00:00+00');
INSERT INTO public.integrations (id, provider, label, account_ref, api_key, api_secret, enabled, created_at) VALUES (5, 'mux', 'Mux production', 'prod', '⟦b40b_mux_token_id:sql⟧', '⟦b40b_mux_token_secret:sql⟧', true, '2024-03-01 09:30:00+00');
INSERT INTO public.integrations (id, provider, label, account_ref, api_key, api_secret, enabled, created_at) VALUES (6, 'dailymotion', 'Dailymotion partner', 'x2bsm', NULL, NULL, false, '2022-01-10 09:00:00+00');

SELECT pg_catalog.setval('public.integrations_id_seq', 6, true);
