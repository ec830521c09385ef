--
-- PostgreSQL database dump (partial: backstage_plugin_catalog.locations, refresh_state keys)
-- taken by @pnair to debug the duplicate-location errors, DEVX-229
--
-- Dumped from database version 16.6
-- Dumped by pg_dump version 17.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

COPY public.locations (id, type, target) FROM stdin;
0b3c9d1e-2f4a-4b5c-8d6e-7f8091a2b3c4	url	https://github.com/mosaic-health/backstage-catalog/blob/main/all.yaml
1c4d0e2f-3a5b-4c6d-9e7f-8091a2b3c4d5	url	https://github.com/mosaic-health/claims-api/blob/main/catalog-info.yaml
2d5e1f3a-4b6c-4d7e-8f90-91a2b3c4d5e6	url	https://oauth2:⟦gitlab_pat:sql⟧@gitlab.mosaic-health.io/mosaic/eligibility/-/blob/main/catalog-info.yaml
3e6f2a4b-5c7d-4e8f-9a01-a2b3c4d5e6f7	url	https://github.com/mosaic-health/member-portal/blob/main/catalog-info.yaml
4f7a3b5c-6d8e-4f90-8b12-b3c4d5e6f7a8	file	/app/catalog/org.yaml
\.

COPY public.refresh_state (entity_id, entity_ref, next_update_at, last_discovery_at, result_hash) FROM stdin;
6a9c5d7e-8f01-4a2b-9d34-d5e6f7a8b9c0	component:default/claims-api	2026-02-28 10:14:02+00	2026-02-28 10:12:01+00	⟦sha1:r1⟧
7b0d6e8f-9012-4b3c-8e45-e6f7a8b9c0d1	component:default/eligibility	2026-02-28 10:14:05+00	2026-02-28 10:12:04+00	⟦sha1:r2⟧
8c1e7f90-0123-4c4d-9f56-f7a8b9c0d1e2	group:default/platform	2026-02-28 10:15:30+00	2026-02-28 10:13:29+00	⟦sha1:r3⟧
\.
