--
-- PostgreSQL database cluster dump
-- pg_dumpall --globals-only -h db01.larchmont.internal -U postgres
--

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE dispatch;
ALTER ROLE dispatch WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:dispatch⟧';
CREATE ROLE dispatch_ro;
ALTER ROLE dispatch_ro WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_scram_hash:ro⟧';
CREATE ROLE metabase;
ALTER ROLE metabase WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 10 PASSWORD '⟦b42c_pg_scram_hash:metabase⟧';
CREATE ROLE pgbackrest;
ALTER ROLE pgbackrest WITH SUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION NOBYPASSRLS;
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
CREATE ROLE replicator;
ALTER ROLE replicator WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION NOBYPASSRLS PASSWORD '⟦b42c_pg_md5_hash:repl⟧';
CREATE ROLE pg_monitor_exporter;
ALTER ROLE pg_monitor_exporter WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS VALID UNTIL '2025-12-31 00:00:00+00' PASSWORD '⟦b42c_pg_scram_hash:exporter⟧';

--
-- User Configurations
--

--
-- User Config "dispatch"
--

ALTER ROLE dispatch SET statement_timeout TO '30s';
ALTER ROLE dispatch SET search_path TO 'public', 'audit';

--
-- Role memberships
--

GRANT dispatch_ro TO metabase GRANTED BY postgres;
GRANT pg_monitor TO pg_monitor_exporter GRANTED BY postgres;
GRANT pg_read_all_data TO dispatch_ro GRANTED BY postgres;

--
-- Tablespaces
--

CREATE TABLESPACE archive OWNER postgres LOCATION '/srv/pg-archive/15';

--
-- PostgreSQL database cluster dump complete
--
