-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: affiliately_staging
-- ------------------------------------------------------
-- Server version	8.0.35

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `network_connections`
--
-- NOTE: staging was restored from a prod snapshot taken BEFORE the
-- encrypted cast was added (AFF-690), so `secret` is still plaintext here.

DROP TABLE IF EXISTS `network_connections`;
CREATE TABLE `network_connections` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `publisher_id` bigint unsigned NOT NULL,
  `network` varchar(32) NOT NULL,
  `account_sid` varchar(64) DEFAULT NULL,
  `secret` text,
  `status` varchar(16) NOT NULL DEFAULT 'active',
  `last_synced_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `network_connections_publisher_id_index` (`publisher_id`)
) ENGINE=InnoDB AUTO_INCREMENT=412 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `network_connections`
--

LOCK TABLES `network_connections` WRITE;
/*!40000 ALTER TABLE `network_connections` DISABLE KEYS */;
INSERT INTO `network_connections` VALUES (388,1021,'impact','⟦b52b_impact_account_sid:pub1021⟧','⟦b52b_impact_auth_token:pub1021⟧','active','2025-01-30 03:12:44','2024-03-02 10:11:09','2025-01-30 03:12:44');
INSERT INTO `network_connections` VALUES (389,1021,'cj','6120915','⟦b52b_cj_personal_access_token:pub1021⟧','active','2025-01-30 03:14:02','2024-03-02 10:13:51','2025-01-30 03:14:02');
INSERT INTO `network_connections` VALUES (395,1044,'awin','901233','⟦b52b_awin_api_token:pub1044⟧','active','2025-01-30 03:15:40','2024-05-17 14:40:21','2025-01-30 03:15:40');
INSERT INTO `network_connections` VALUES (401,1058,'everflow','1187','⟦b52b_everflow_api_key:pub1058⟧','paused','2024-12-02 03:15:59','2024-07-08 08:02:33','2024-12-02 09:40:00');
INSERT INTO `network_connections` VALUES (407,1063,'rakuten','4410932','⟦b52b_rakuten_token_key:pub1063⟧','active','2025-01-30 03:16:31','2024-09-22 19:26:02','2025-01-30 03:16:31');
INSERT INTO `network_connections` VALUES (411,1071,'partnerize','1101l772','','pending',NULL,'2025-01-28 11:05:10','2025-01-28 11:05:10');
/*!40000 ALTER TABLE `network_connections` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=88 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'Ops','ops@affiliately.co','⟦bcrypt_hash:u1⟧',NULL),(2,'Lena Fischer','lena@affiliately.co','⟦bcrypt_hash:u2⟧',NULL);
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
-- Dump completed on 2025-01-30  4:02:11
