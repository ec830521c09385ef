-- rebuild db-prod-03 from the xtrabackup taken on 02 (DBA-1201)
-- binlog coordinates from xtrabackup_binlog_info: mysql-bin.004417 / 18827391
-- GTID: 3e11fa47-71ca-11e1-9e33-c80aa9429562:1-48213377

STOP REPLICA;
RESET REPLICA ALL;

SET GLOBAL gtid_purged = '3e11fa47-71ca-11e1-9e33-c80aa9429562:1-48213377';

CHANGE REPLICATION SOURCE TO
  SOURCE_HOST = 'db-prod-01.kestrel.lan',
  SOURCE_PORT = 3306,
  SOURCE_USER = 'repl',
  SOURCE_PASSWORD = '⟦password:repl⟧',
  SOURCE_AUTO_POSITION = 1,
  SOURCE_SSL = 1,
  SOURCE_SSL_CA = '/etc/mysql/ssl/ca.pem',
  GET_SOURCE_PUBLIC_KEY = 1;

START REPLICA;
SHOW REPLICA STATUS\G
