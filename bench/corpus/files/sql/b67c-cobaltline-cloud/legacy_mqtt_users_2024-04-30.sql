--
-- PostgreSQL database dump (table mqtt_user only), legacy-db / devices
-- pg_dump -t mqtt_user -t mqtt_user_plain_migration --data-only --inserts devices
-- Dumped from database version 14.11
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Data for Name: mqtt_user; Type: TABLE DATA; Schema: public; Owner: emqx_authn
-- (bcrypt hashes checked by EMQX; the devices hold the plaintext)
--

INSERT INTO public.mqtt_user VALUES (1, 'db2-000118', '⟦bcrypt_hash:1⟧', NULL, false, '2021-09-14 10:01:22+00');
INSERT INTO public.mqtt_user VALUES (2, 'db2-000119', '⟦bcrypt_hash:2⟧', NULL, false, '2021-09-14 10:01:25+00');
INSERT INTO public.mqtt_user VALUES (3, 'db2-000120', '⟦bcrypt_hash:3⟧', NULL, false, '2021-09-14 10:01:29+00');
INSERT INTO public.mqtt_user VALUES (4, 'svc-doorbell-sync', '⟦bcrypt_hash:4⟧', NULL, true, '2021-09-01 08:00:00+00');

--
-- Data for Name: mqtt_user_plain_migration; Type: TABLE DATA; Schema: public; Owner: ops
-- Temporary table for the AWS IoT migration (OPS-198): plaintext device passwords exported
-- from the factory DB so the migration Lambda can authenticate as each doorbell once.
-- DROP after migration!!
--

INSERT INTO public.mqtt_user_plain_migration VALUES ('db2-000118', '⟦password:d118⟧', 'migrated');
INSERT INTO public.mqtt_user_plain_migration VALUES ('db2-000119', '⟦password:d119⟧', 'migrated');
INSERT INTO public.mqtt_user_plain_migration VALUES ('db2-000120', '⟦password:d120⟧', 'pending');
INSERT INTO public.mqtt_user_plain_migration VALUES ('db2-000121', '⟦password:d121⟧', 'pending');

SELECT pg_catalog.setval('public.mqtt_user_id_seq', 4, true);

--
-- PostgreSQL database dump complete
--
