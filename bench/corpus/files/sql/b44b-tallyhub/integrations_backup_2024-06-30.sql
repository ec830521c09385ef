-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: tallyhub-db.c7qz1.eu-west-2.rds.amazonaws.com    Database: tallyhub_production
-- ------------------------------------------------------
-- Server version	8.0.35
-- Partial dump (integrations table) taken before the ActiveRecord::Encryption migration, TH-771

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `workspace_id` bigint NOT NULL,
  `provider` varchar(32) NOT NULL,
  `external_id` varchar(64) NOT NULL,
  `refresh_token` text,
  `refresh_token_expires_at` datetime DEFAULT NULL,
  `settings` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_integrations_on_workspace_id` (`workspace_id`)
) ENGINE=InnoDB AUTO_INCREMENT=4420 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `integrations` WRITE;
INSERT INTO `integrations` VALUES
(4401,311,'quickbooks','⟦b44b_qbo_realm_id:r1⟧','⟦b44b_qbo_refresh_token:r1⟧','2024-09-21 02:00:01','{\"minorversion\": 73}','2023-02-11 10:22:41.000000','2024-06-30 02:00:02.118220'),
(4402,311,'xero','⟦uuid:x1⟧','{\"enc\":\"⟦b64_blob:enc1|slice=0-60⟧\",\"iv\":\"⟦b64_blob:iv1|slice=0-16⟧\"}','2024-07-28 02:00:03','{\"tracking_category\": \"Region\"}','2023-02-11 10:31:09.000000','2024-06-30 02:00:03.402117'),
(4405,327,'quickbooks','⟦b44b_qbo_realm_id:r2⟧','⟦b44b_qbo_refresh_token:r2⟧','2024-10-02 02:00:01','{\"minorversion\": 70}','2023-06-02 15:04:55.000000','2024-06-30 02:00:01.701553'),
(4410,402,'sage','6f2a9d1c-a4c7-4d1b-9f02-63e1a0b8c5d4',NULL,NULL,'{}','2024-01-18 09:12:00.000000','2024-01-18 09:12:00.000000'),
(4412,455,'netsuite','6318420','{\"token_id\":\"⟦b44b_netsuite_tba_id:nt⟧\",\"token_secret\":\"⟦b44b_netsuite_tba_secret:nt⟧\"}',NULL,'{\"subsidiary\": 3}','2024-05-27 11:48:30.000000','2024-05-27 11:48:30.000000');
UNLOCK TABLES;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
-- Dump completed on 2024-06-30  3:10:44
