--
-- PostgreSQL database dump (parcial: tablas comercios, usuarios_panel)
-- Dumped from database version 16.3
-- pg_dump -h cc-prod-db... -U cuentaclara_admin -t comercios -t usuarios_panel cuentaclara
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.comercios (
    id text PRIMARY KEY,
    razon_social text NOT NULL,
    nit text NOT NULL,
    api_key_prefix text NOT NULL,
    api_key_sha256 text NOT NULL,
    webhook_url text,
    webhook_secret text,
    creado_en timestamptz DEFAULT now()
);

COPY public.comercios (id, razon_social, nit, api_key_prefix, api_key_sha256, webhook_url, webhook_secret, creado_en) FROM stdin;
cmr_8812	Tienda La Candelaria SAS	900123456-1	cc_live_7Hq	⟦sha256:k1⟧	https://lacandelaria.co/hooks/pagos	⟦webhook_signing_secret:c1⟧	2024-02-11 10:22:01-05
cmr_8813	Ferretería El Tornillo	800987654-3	cc_live_2Lm	⟦sha256:k2⟧	https://eltornillo.com.co/api/cc	⟦webhook_signing_secret:c2⟧	2024-02-14 15:40:12-05
cmr_8820	Café Usaquén	901222333-9	cc_live_9Xa	⟦sha256:k3⟧	\N	\N	2024-03-01 08:05:44-05
\.

CREATE TABLE public.usuarios_panel (
    id serial PRIMARY KEY,
    email text UNIQUE NOT NULL,
    password_hash text NOT NULL,
    rol text NOT NULL
);

COPY public.usuarios_panel (id, email, password_hash, rol) FROM stdin;
1	admin@cuentaclara.co	⟦bcrypt_hash:u1⟧	admin
2	soporte@cuentaclara.co	⟦bcrypt_hash:u2⟧	soporte
3	contabilidad@lacandelaria.co	⟦bcrypt_hash:u3⟧	comercio
\.
