-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
--
-- Host: legacy-db.larchmont.internal    Database: mysql
-- ------------------------------------------------------
-- Server version	5.7.44-log
--
-- Grants exported with `pt-show-grants` before decommissioning the old PHP dispatch board
-- (kept until the pgloader migration is signed off, see DISP-2210).

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8 */;

-- Grants for 'dispatch_app'@'10.20.%'
CREATE USER IF NOT EXISTS 'dispatch_app'@'10.20.%';
ALTER USER 'dispatch_app'@'10.20.%' IDENTIFIED WITH 'mysql_native_password' AS '⟦b42c_mysql_native_hash:app⟧' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK;
GRANT SELECT, INSERT, UPDATE, DELETE ON `dispatch`.* TO 'dispatch_app'@'10.20.%';

-- Grants for 'report_ro'@'%'
CREATE USER IF NOT EXISTS 'report_ro'@'%';
ALTER USER 'report_ro'@'%' IDENTIFIED WITH 'mysql_native_password' AS '⟦b42c_mysql_native_hash:report⟧' REQUIRE SSL PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK;
GRANT SELECT ON `dispatch`.* TO 'report_ro'@'%';

-- Grants for 'pgloader'@'10.20.4.15'  (temporary, created by hand for the migration)
CREATE USER 'pgloader'@'10.20.4.15' IDENTIFIED BY 'Lx7!migrate-2024-q4';
GRANT SELECT, LOCK TABLES, SHOW VIEW ON `dispatch`.* TO 'pgloader'@'10.20.4.15';

-- Grants for 'backup'@'localhost'
CREATE USER IF NOT EXISTS 'backup'@'localhost';
ALTER USER 'backup'@'localhost' IDENTIFIED WITH 'mysql_native_password' AS '⟦b42c_mysql_native_hash:backup⟧' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK;
GRANT SELECT, RELOAD, LOCK TABLES, REPLICATION CLIENT, SHOW VIEW, EVENT, TRIGGER ON *.* TO 'backup'@'localhost';

-- replication user for the read replica; the replica's master.info still holds the plain password:
--   CHANGE MASTER TO MASTER_HOST='legacy-db.larchmont.internal', MASTER_USER='repl', MASTER_PASSWORD='⟦password:repl⟧', MASTER_AUTO_POSITION=1;
CREATE USER IF NOT EXISTS 'repl'@'10.20.%';
ALTER USER 'repl'@'10.20.%' IDENTIFIED WITH 'mysql_native_password' AS '⟦b42c_mysql_native_hash:repl⟧' REQUIRE SSL PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK;
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'10.20.%';

--
-- Table structure for table `app_settings` (database `dispatch`)
--

USE `dispatch`;
DROP TABLE IF EXISTS `app_settings`;
CREATE TABLE `app_settings` (
  `name` varchar(64) NOT NULL,
  `value` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `app_settings` WRITE;
INSERT INTO `app_settings` VALUES ('smtp_host','smtp.mailgun.org'),('smtp_user','postmaster@mg.larchmontdispatch.com'),('smtp_pass','⟦password:mgsmtp⟧'),('recaptcha_site_key','⟦recaptcha_site_key:legacy⟧'),('recaptcha_secret','⟦recaptcha_secret:legacy⟧'),('session_name','LDSESSID');
UNLOCK TABLES;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
-- Dump completed on 2024-10-28 23:02:41
