-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.20.0.31    Database: partner_portal
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(191) NOT NULL,
  `name` varchar(120) NOT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `role` enum('admin','partner','viewer') NOT NULL DEFAULT 'partner',
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=58 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` VALUES (1,'admin@partnerhub.io','Portal Admin','⟦bcrypt_hash:u1⟧',NULL,'admin','2022-01-10 09:00:00'),(2,'ops@partnerhub.io','Ops Team','⟦bcrypt_hash:u2⟧',NULL,'admin','2022-01-10 09:05:00'),(17,'j.martens@brightcargo.nl','Jeroen Martens','⟦bcrypt_hash:u17⟧',NULL,'partner','2023-03-02 14:21:09'),(23,'k.ito@tokai-freight.jp','Kenji Ito','⟦bcrypt_hash:u23⟧',NULL,'partner','2023-06-19 02:44:51');
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `api_keys`
--

DROP TABLE IF EXISTS `api_keys`;
CREATE TABLE `api_keys` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NOT NULL,
  `prefix` char(8) NOT NULL,
  `key_hash` char(64) NOT NULL COMMENT 'sha256 of the full key; the key itself is shown once',
  `plain_key` varchar(80) DEFAULT NULL COMMENT 'legacy v1 keys, migrate + null out (PP-219)',
  `last_used_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_keys_prefix_index` (`prefix`)
) ENGINE=InnoDB AUTO_INCREMENT=41 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `api_keys` WRITE;
/*!40000 ALTER TABLE `api_keys` DISABLE KEYS */;
INSERT INTO `api_keys` VALUES (3,17,'pp_live_','⟦sha256:k3⟧',NULL,'2024-04-01 22:10:43'),(4,23,'pp_live_','⟦sha256:k4⟧',NULL,'2024-04-02 01:02:11');
INSERT INTO `api_keys` VALUES (1,1,'v1legacy','⟦sha256:k1⟧','⟦generic_api_key_alnum40:legacy1⟧','2024-03-30 08:00:00'),(2,17,'v1legacy','⟦sha256:k2⟧','⟦generic_api_key_alnum40:legacy2⟧','2024-04-02 06:59:12');
/*!40000 ALTER TABLE `api_keys` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `integrations`
--

DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `partner_id` bigint unsigned NOT NULL,
  `type` varchar(32) NOT NULL,
  `config` json NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `integrations` WRITE;
/*!40000 ALTER TABLE `integrations` DISABLE KEYS */;
INSERT INTO `integrations` VALUES (1,17,'slack','{\"channel\": \"#brightcargo-alerts\", \"webhook_url\": \"⟦slack_webhook:bc|json⟧\"}',1);
INSERT INTO `integrations` VALUES (2,23,'hubspot','{\"portal_id\": 24817365, \"access_token\": \"⟦hubspot_pat:tokai⟧\"}',1);
INSERT INTO `integrations` VALUES (3,17,'sftp','{\"host\": \"sftp.brightcargo.nl\", \"port\": 22, \"username\": \"partnerhub\", \"password\": \"Br1ghtCarg0-sftp\"}',1);
INSERT INTO `integrations` VALUES (4,23,'webhook','{\"url\": \"https://hooks.tokai-freight.jp/partnerhub\", \"signing_secret_ref\": \"vault:secret/partners/23#webhook\"}',1);
/*!40000 ALTER TABLE `integrations` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `migrations`
--

DROP TABLE IF EXISTS `migrations`;
CREATE TABLE `migrations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `migration` varchar(255) NOT NULL,
  `batch` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `migrations` WRITE;
INSERT INTO `migrations` VALUES (35,'2024_02_12_101500_add_prefix_to_api_keys',14),(36,'2024_03_04_083000_create_integrations_table',15);
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;

-- Dump completed on 2024-04-02  3:00:01
