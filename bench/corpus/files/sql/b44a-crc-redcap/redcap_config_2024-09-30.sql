-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
--
-- Host: redcap-db.northmoor.ac.uk    Database: redcap
-- ------------------------------------------------------
-- Server version	8.0.39
-- Partial dump for the REDCap 14.5.10 upgrade rehearsal: configuration table only
-- mysqldump --no-create-info --where="1" redcap redcap_config > redcap_config_2024-09-30.sql

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;

LOCK TABLES `redcap_config` WRITE;
/*!40000 ALTER TABLE `redcap_config` DISABLE KEYS */;
INSERT INTO `redcap_config` VALUES ('auth_meth_global','shibboleth');
INSERT INTO `redcap_config` VALUES ('redcap_base_url','https://redcap.northmoor.ac.uk/');
INSERT INTO `redcap_config` VALUES ('redcap_version','14.5.10');
INSERT INTO `redcap_config` VALUES ('institution','Northmoor University');
INSERT INTO `redcap_config` VALUES ('project_contact_email','redcap-admin@northmoor.ac.uk');
INSERT INTO `redcap_config` VALUES ('shibboleth_username_field','HTTP_EPPN');
INSERT INTO `redcap_config` VALUES ('api_enabled','1');
INSERT INTO `redcap_config` VALUES ('twilio_enabled_global','1');
INSERT INTO `redcap_config` VALUES ('twilio_account_sid_default','⟦twilio_account_sid⟧');
INSERT INTO `redcap_config` VALUES ('twilio_auth_token_default','⟦twilio_auth_token⟧');
INSERT INTO `redcap_config` VALUES ('sendgrid_enabled_global','1');
INSERT INTO `redcap_config` VALUES ('sendgrid_api_key','⟦sendgrid_api_key⟧');
INSERT INTO `redcap_config` VALUES ('google_recaptcha_site_key','⟦recaptcha_site_key⟧');
INSERT INTO `redcap_config` VALUES ('google_recaptcha_secret_key','⟦recaptcha_secret⟧');
INSERT INTO `redcap_config` VALUES ('amazon_s3_key','⟦aws_access_key_id:s3⟧');
INSERT INTO `redcap_config` VALUES ('amazon_s3_secret','⟦aws_secret_access_key:s3⟧');
INSERT INTO `redcap_config` VALUES ('amazon_s3_bucket','nmu-redcap-edocs');
INSERT INTO `redcap_config` VALUES ('amazon_s3_endpoint','s3.eu-west-2.amazonaws.com');
INSERT INTO `redcap_config` VALUES ('mycap_enabled_global','1');
INSERT INTO `redcap_config` VALUES ('openai_api_key','');
INSERT INTO `redcap_config` VALUES ('pdf_econsent_system_enabled','1');
INSERT INTO `redcap_config` VALUES ('password_algo','sha512');
INSERT INTO `redcap_config` VALUES ('redcap_updates_password_encrypted','⟦b64_blob:upd|slice=0-88⟧');
INSERT INTO `redcap_config` VALUES ('redcap_updates_user','redcap-admin@northmoor.ac.uk');
INSERT INTO `redcap_config` VALUES ('bioportal_api_token','⟦b44a_bioportal_api_key⟧');
/*!40000 ALTER TABLE `redcap_config` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
-- Dump completed on 2024-09-30 21:04:17
