-- MySQL dump 10.13  (mysqldump --skip-extended-insert)  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.50.1.12    Database: souqmasr
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `settings`
--

DROP TABLE IF EXISTS `settings`;
CREATE TABLE `settings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `group` varchar(64) NOT NULL,
  `key` varchar(128) NOT NULL,
  `value` text,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `settings_group_key_unique` (`group`,`key`)
) ENGINE=InnoDB AUTO_INCREMENT=58 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `settings` WRITE;
INSERT INTO `settings` VALUES (1,'general','site_name_ar','سوق مصر','2024-01-10 10:00:00');
INSERT INTO `settings` VALUES (2,'general','site_name_en','Souq Masr','2024-01-10 10:00:00');
INSERT INTO `settings` VALUES (3,'payments','checkout_secret_key','⟦b44b_checkout_secret_key:dump⟧','2024-05-21 13:02:11');
INSERT INTO `settings` VALUES (4,'payments','checkout_public_key','⟦b44b_checkout_public_key:dump⟧','2024-05-21 13:02:11');
INSERT INTO `settings` VALUES (5,'payments','tabby_secret_key','⟦b59b_tabby_secret_key:dump⟧','2024-04-02 08:40:55');
INSERT INTO `settings` VALUES (6,'payments','cod_enabled','1','2024-01-10 10:00:00');
INSERT INTO `settings` VALUES (7,'shipping','bosta_api_key','⟦generic_api_key_hex32:bosta⟧','2024-03-18 16:20:00');
INSERT INTO `settings` VALUES (8,'mail','smtp_password','Orders#Masr2023','2023-12-01 09:00:00');
INSERT INTO `settings` VALUES (9,'general','support_phone','+20 2 2735 1100','2024-01-10 10:00:00');
UNLOCK TABLES;

--
-- Table structure for table `admins`
--

DROP TABLE IF EXISTS `admins`;
CREATE TABLE `admins` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `admins` WRITE;
INSERT INTO `admins` VALUES (1,'Karim Fathy','karim@souqmasr.com.eg','⟦bcrypt_hash:a1⟧',NULL);
INSERT INTO `admins` VALUES (2,'Nour El-Sayed','nour@souqmasr.com.eg','⟦bcrypt_hash:a2⟧',NULL);
INSERT INTO `admins` VALUES (3,'Ops','ops@souqmasr.com.eg','⟦bcrypt_hash:a3⟧',NULL);
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
-- Dump completed on 2024-06-01  2:00:04
