-- DBA-1187: service accounts for the Rails 7.1 split (web / queue / reports)
-- run as dba on db-prod-01; replicated to 02/03
-- NOTE: passwords below must match proxysql mysql_users (see ansible vault) — rk

CREATE USER IF NOT EXISTS 'kestrel_web'@'10.30.%' IDENTIFIED WITH caching_sha2_password BY '⟦password:web⟧';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES, EXECUTE ON kestrel_production.* TO 'kestrel_web'@'10.30.%';

CREATE USER IF NOT EXISTS 'kestrel_queue'@'10.30.%' IDENTIFIED WITH caching_sha2_password BY '⟦password:queue⟧';
GRANT SELECT, INSERT, UPDATE, DELETE ON kestrel_queue.* TO 'kestrel_queue'@'10.30.%';

-- reports / etl: copied from the old server with their existing hashes, users didn't want new passwords
CREATE USER IF NOT EXISTS 'kestrel_reports'@'10.30.%' IDENTIFIED WITH mysql_native_password AS '⟦b42c_mysql_native_hash:reports⟧';
CREATE USER IF NOT EXISTS 'kestrel_etl'@'10.30.%' IDENTIFIED WITH mysql_native_password AS '⟦b42c_mysql_native_hash:etl⟧';
GRANT SELECT ON kestrel_production.* TO 'kestrel_reports'@'10.30.%', 'kestrel_etl'@'10.30.%';

-- proxysql monitor
CREATE USER IF NOT EXISTS 'proxysql_monitor'@'10.30.%' IDENTIFIED BY '⟦password:monitor⟧';
GRANT USAGE, REPLICATION CLIENT ON *.* TO 'proxysql_monitor'@'10.30.%';

-- pt-heartbeat / pt-table-checksum
CREATE USER IF NOT EXISTS 'percona'@'10.30.%' IDENTIFIED BY 'Perc0na-Toolkit!';
GRANT SELECT, PROCESS, SUPER, REPLICATION SLAVE ON *.* TO 'percona'@'10.30.%';
GRANT ALL ON percona.* TO 'percona'@'10.30.%';

FLUSH PRIVILEGES;

SELECT user, host, plugin FROM mysql.user WHERE user LIKE 'kestrel%' OR user IN ('proxysql_monitor', 'percona');
