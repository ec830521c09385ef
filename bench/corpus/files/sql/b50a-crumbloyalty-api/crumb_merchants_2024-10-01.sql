-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: crumb-prod.cluster-c9abcd123xyz.us-east-2.rds.amazonaws.com    Database: crumb
-- ------------------------------------------------------
-- Server version	8.0.35

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

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
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'Nadia Ortiz','nadia@crumbloyalty.com','⟦bcrypt_hash:nadia⟧',NULL,'2023-02-11 15:02:44'),(2,'Pilot Owner','pilot-owner@crumbloyalty.com','⟦bcrypt_hash:pilot⟧',NULL,'2023-03-01 10:00:00'),(3,'Ken Ashby','ken@riseandgrind.coffee','⟦bcrypt_hash:ken⟧',NULL,'2023-05-19 12:41:09'),(4,'Flourish Owner','hello@flourishbakehouse.com','⟦bcrypt_hash:flourish⟧',NULL,'2023-08-22 18:30:51');
UNLOCK TABLES;

--
-- Table structure for table `merchants`
--

DROP TABLE IF EXISTS `merchants`;
CREATE TABLE `merchants` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `slug` varchar(64) NOT NULL,
  `name` varchar(255) NOT NULL,
  `pos` enum('clover','square') NOT NULL,
  `clover_merchant_id` varchar(13) DEFAULT NULL,
  `clover_api_token` varchar(64) DEFAULT NULL,
  `square_location_id` varchar(32) DEFAULT NULL,
  `square_access_token` text,
  `punchh_location_key` varchar(64) DEFAULT NULL,
  `givex_merchant_id` varchar(16) DEFAULT NULL,
  `owner_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `merchants_slug_unique` (`slug`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `merchants` WRITE;
INSERT INTO `merchants` VALUES (1,'rise-and-grind-01','Rise & Grind - Midtown','clover','⟦b47a_clover_merchant_id:rag01⟧','⟦b47a_clover_api_token:rag01⟧',NULL,NULL,'⟦b50a_punchh_location_key:rag01⟧','71203',3);
INSERT INTO `merchants` VALUES (2,'rise-and-grind-02','Rise & Grind - Old Fourth Ward','clover','⟦b47a_clover_merchant_id:rag02⟧','⟦b47a_clover_api_token:rag02⟧',NULL,NULL,'⟦b50a_punchh_location_key:rag02⟧','71204',3);
INSERT INTO `merchants` VALUES (3,'flourish-bakehouse-main','Flourish Bakehouse','square',NULL,NULL,'⟦b42b_square_location_id:flourish⟧','⟦square_access_token:flourish⟧','⟦b50a_punchh_location_key:flourish⟧','71877',4);
INSERT INTO `merchants` VALUES (4,'demo-cafe','Demo Cafe (sandbox)','clover','DEMOMERCHANT1','',NULL,NULL,NULL,NULL,2);
UNLOCK TABLES;

--
-- Table structure for table `gift_card_transactions` (data excluded: --where="1=0")
--

DROP TABLE IF EXISTS `gift_card_transactions`;
CREATE TABLE `gift_card_transactions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `merchant_id` bigint unsigned NOT NULL,
  `card_last4` char(4) NOT NULL,
  `amount_cents` int NOT NULL,
  `givex_txn` varchar(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;

-- Dump completed on 2024-10-01  4:00:07
