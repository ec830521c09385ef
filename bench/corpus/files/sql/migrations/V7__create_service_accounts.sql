-- Flyway migration: reporting roles
CREATE ROLE reporting_ro LOGIN PASSWORD 'Rep0rting-R0';
CREATE ROLE etl_writer LOGIN PASSWORD '⟦db_password:etl⟧' VALID UNTIL '2026-01-01';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;
ALTER USER grafana WITH PASSWORD 'grafana';
ALTER ROLE app_user WITH PASSWORD 'md5⟦md5:app⟧';
CREATE ROLE readonly NOLOGIN;
