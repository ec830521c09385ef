--
-- PostgreSQL database cluster dump
--
-- pg_dumpall --globals-only -h pg-orders-01 (for the DR rehearsal, DBP-402)
--

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE app_orders;
ALTER ROLE app_orders WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:app⟧';
CREATE ROLE orders_reporting;
ALTER ROLE orders_reporting WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:rep⟧';
CREATE ROLE pgpool_check;
ALTER ROLE pgpool_check WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:check⟧';
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:pg⟧';
CREATE ROLE postgres_exporter;
ALTER ROLE postgres_exporter WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:exp⟧';
CREATE ROLE replicator;
ALTER ROLE replicator WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:repl⟧';
CREATE ROLE rewind_user;
ALTER ROLE rewind_user WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:rewind⟧';
CREATE ROLE legacy_batch;
ALTER ROLE legacy_batch WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_md5_hash:legacy⟧' VALID UNTIL '2024-12-31 00:00:00+00';

--
-- User Configurations
--

ALTER ROLE orders_reporting SET statement_timeout TO '5min';
ALTER ROLE app_orders SET idle_in_transaction_session_timeout TO '30s';

--
-- Role memberships
--

GRANT pg_monitor TO postgres_exporter GRANTED BY postgres;
GRANT pg_read_all_data TO orders_reporting GRANTED BY postgres;

--
-- Foreign servers (copied from pg_dump -s of the orders db, needed before restore)
--

CREATE SERVER billing_fdw FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'pg-billing-01.nw.internal', port '5432', dbname 'billing', sslmode 'require');
CREATE USER MAPPING FOR app_orders SERVER billing_fdw OPTIONS (user 'orders_fdw', password '⟦password:fdw⟧');

--
-- PostgreSQL database cluster dump complete
--
