-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.0.4.12    Database: parkline_portfolio
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `registrar_accounts`
--

DROP TABLE IF EXISTS `registrar_accounts`;
CREATE TABLE `registrar_accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `registrar` varchar(32) NOT NULL,
  `login` varchar(128) NOT NULL,
  `portal_password` varchar(128) DEFAULT NULL,
  `api_key` varchar(255) DEFAULT NULL,
  `api_secret` varchar(255) DEFAULT NULL,
  `notes` text,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `registrar_accounts`
--

LOCK TABLES `registrar_accounts` WRITE;
INSERT INTO `registrar_accounts` VALUES (1,'godaddy','parkline-main',NULL,'⟦b40a_godaddy_api_key:sql⟧','⟦b40a_godaddy_api_secret:sql⟧','prod key','2024-11-02 10:14:55');
INSERT INTO `registrar_accounts` VALUES (2,'namecheap','parklinedomains','Parkline#2019!','⟦b42c_namecheap_api_key:sql⟧',NULL,'whitelist 198.51.100.23','2024-06-18 08:02:11');
INSERT INTO `registrar_accounts` VALUES (3,'gandi','parkline-sas',NULL,'⟦b60a_gandi_pat:sql⟧',NULL,'PAT expires 2025-08-01','2025-02-01 16:40:03');
INSERT INTO `registrar_accounts` VALUES (4,'gandi-legacy','parkline-sas',NULL,'⟦b60a_gandi_api_key:sql⟧',NULL,'deprecated apikey, still works?','2022-03-09 12:00:00');
INSERT INTO `registrar_accounts` VALUES (5,'dnsimple','ops@parkline.domains',NULL,'⟦b60a_dnsimple_user_token:sql⟧',NULL,'user token (Kate)','2024-09-30 09:21:44');
INSERT INTO `registrar_accounts` VALUES (6,'porkbun','ops@parkline.domains',NULL,'⟦b40c_porkbun_api_key:sql⟧','⟦b40c_porkbun_secret_key:sql⟧','','2024-12-12 11:11:11');
INSERT INTO `registrar_accounts` VALUES (7,'sedo','parkline',NULL,NULL,NULL,'login via SSO, no API','2023-01-15 00:00:00');
INSERT INTO `registrar_accounts` VALUES (8,'afternic','parkline',NULL,'<see 1password>',NULL,'','2023-01-15 00:00:00');
UNLOCK TABLES;
