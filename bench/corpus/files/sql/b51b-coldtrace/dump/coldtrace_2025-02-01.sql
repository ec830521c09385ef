--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6
-- Dumped by pg_dump version 16.2 (Ubuntu 16.2-1.pgdg22.04+1)
-- pg_dump -h localhost -p 15432 -U coldtrace_admin --data-only -t public.app_user -t public.integration_credential -t public.sensor coldtrace > coldtrace_2025-02-01.sql

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;

--
-- Data for Name: app_user; Type: TABLE DATA; Schema: public; Owner: coldtrace_app
--

COPY public.app_user (id, email, display_name, password_hash, role, created_at) FROM stdin;
1	ops@coldtrace.io	Ops Bot	⟦bcrypt_hash:u1⟧	admin	2024-02-11 09:11:00+00
2	r.alvarez@coldtrace.io	Rosa Alvarez	⟦bcrypt_hash:u2⟧	admin	2024-03-12 09:12:00+00
3	k.obi@coldtrace.io	Kelechi Obi	⟦bcrypt_hash:u3⟧	analyst	2024-04-13 09:13:00+00
4	qa@freshmart.com	FreshMart QA	⟦bcrypt_hash:u4⟧	retailer	2024-05-14 09:14:00+00
5	dc1-lead@coldtrace.io	DC1 Lead	⟦bcrypt_hash:u5⟧	operator	2024-06-15 09:15:00+00
6	dc2-lead@coldtrace.io	DC2 Lead	⟦bcrypt_hash:u6⟧	operator	2024-07-16 09:16:00+00
7	m.chen@greenbasket.com	Mei Chen	⟦bcrypt_hash:u7⟧	retailer	2024-08-17 09:17:00+00
\.


--
-- Data for Name: integration_credential; Type: TABLE DATA; Schema: public; Owner: coldtrace_app
--

COPY public.integration_credential (id, provider, label, key_id, secret, extra, updated_at) FROM stdin;
1	disruptive	prod service account	⟦b51b_dt_key_id:sql⟧	⟦b51b_dt_secret:sql⟧	{"project": "⟦b51b_dt_device_id:proj⟧"}	2024-11-04 16:20:11+00
2	tive	prod api client	⟦b51b_tive_client_id:sql⟧	⟦b51b_tive_client_secret:sql⟧	{"account": 18842}	2024-11-04 16:21:40+00
3	monnit	DC2 ripening rooms	⟦b51b_monnit_api_key_id:sql⟧	⟦b51b_monnit_api_secret:sql⟧	{"network": 58120}	2025-01-09 10:02:55+00
4	greenbasket	supplier api	\N	⟦generic_api_key_alnum40:sqlgb⟧	{}	2024-12-01 08:00:00+00
5	freshmart_sftp	ASN drop	coldtrace_14422	FreshCold#14422	{"host": "sftp.freshmart-suppliers.com"}	2024-06-18 12:45:09+00
\.


--
-- Data for Name: sensor; Type: TABLE DATA; Schema: public; Owner: coldtrace_app
--

COPY public.sensor (id, provider, external_id, room, min_c, max_c, active) FROM stdin;
1	disruptive	⟦b51b_dt_device_id:s1⟧	DC1-Cooler-B	0.5	4.0	t
2	disruptive	⟦b51b_dt_device_id:s2⟧	DC1-Freezer-1	-25.0	-18.0	t
3	disruptive	⟦b51b_dt_device_id:s3⟧	DC2-Cooler-A	0.5	4.0	t
4	monnit	600148	DC2-Ripening-3	13.0	14.5	t
5	disruptive	⟦b51b_dt_device_id:s5⟧	DC2-Dock-2	0.5	4.0	t
6	disruptive	⟦b51b_dt_device_id:s6⟧	DC1-Cooler-A	0.5	4.0	t
7	disruptive	⟦b51b_dt_device_id:s7⟧	DC1-Cooler-B	0.5	4.0	t
8	monnit	600296	DC1-Freezer-1	-25.0	-18.0	t
9	disruptive	⟦b51b_dt_device_id:s9⟧	DC2-Cooler-A	0.5	4.0	t
10	disruptive	⟦b51b_dt_device_id:s10⟧	DC2-Ripening-3	13.0	14.5	t
11	disruptive	⟦b51b_dt_device_id:s11⟧	DC2-Dock-2	0.5	4.0	t
12	monnit	600444	DC1-Cooler-A	0.5	4.0	t
13	disruptive	⟦b51b_dt_device_id:s13⟧	DC1-Cooler-B	0.5	4.0	t
14	disruptive	⟦b51b_dt_device_id:s14⟧	DC1-Freezer-1	-25.0	-18.0	t
15	disruptive	⟦b51b_dt_device_id:s15⟧	DC2-Cooler-A	0.5	4.0	t
16	monnit	600592	DC2-Ripening-3	13.0	14.5	t
17	disruptive	⟦b51b_dt_device_id:s17⟧	DC2-Dock-2	0.5	4.0	t
18	disruptive	⟦b51b_dt_device_id:s18⟧	DC1-Cooler-A	0.5	4.0	t
19	disruptive	⟦b51b_dt_device_id:s19⟧	DC1-Cooler-B	0.5	4.0	t
20	monnit	600740	DC1-Freezer-1	-25.0	-18.0	t
21	disruptive	⟦b51b_dt_device_id:s21⟧	DC2-Cooler-A	0.5	4.0	t
22	disruptive	⟦b51b_dt_device_id:s22⟧	DC2-Ripening-3	13.0	14.5	t
23	disruptive	⟦b51b_dt_device_id:s23⟧	DC2-Dock-2	0.5	4.0	t
24	monnit	600888	DC1-Cooler-A	0.5	4.0	t
25	disruptive	⟦b51b_dt_device_id:s25⟧	DC1-Cooler-B	0.5	4.0	t
26	disruptive	⟦b51b_dt_device_id:s26⟧	DC1-Freezer-1	-25.0	-18.0	t
27	disruptive	⟦b51b_dt_device_id:s27⟧	DC2-Cooler-A	0.5	4.0	t
28	monnit	601036	DC2-Ripening-3	13.0	14.5	t
29	disruptive	⟦b51b_dt_device_id:s29⟧	DC2-Dock-2	0.5	4.0	t
30	disruptive	⟦b51b_dt_device_id:s30⟧	DC1-Cooler-A	0.5	4.0	t
31	disruptive	⟦b51b_dt_device_id:s31⟧	DC1-Cooler-B	0.5	4.0	t
32	monnit	601184	DC1-Freezer-1	-25.0	-18.0	t
33	disruptive	⟦b51b_dt_device_id:s33⟧	DC2-Cooler-A	0.5	4.0	t
34	disruptive	⟦b51b_dt_device_id:s34⟧	DC2-Ripening-3	13.0	14.5	t
35	disruptive	⟦b51b_dt_device_id:s35⟧	DC2-Dock-2	0.5	4.0	t
36	monnit	601332	DC1-Cooler-A	0.5	4.0	t
37	disruptive	⟦b51b_dt_device_id:s37⟧	DC1-Cooler-B	0.5	4.0	t
38	disruptive	⟦b51b_dt_device_id:s38⟧	DC1-Freezer-1	-25.0	-18.0	t
39	disruptive	⟦b51b_dt_device_id:s39⟧	DC2-Cooler-A	0.5	4.0	t
40	monnit	601480	DC2-Ripening-3	13.0	14.5	t
\.


--
-- Name: app_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: coldtrace_app
--

SELECT pg_catalog.setval('public.app_user_id_seq', 7, true);
SELECT pg_catalog.setval('public.integration_credential_id_seq', 5, true);
SELECT pg_catalog.setval('public.sensor_id_seq', 40, true);

--
-- PostgreSQL database dump complete
--
