-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
-- Host: vb-legacy-db.internal    Database: vyapar_legacy
-- ------------------------------------------------------
-- Server version	8.0.39

/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `gstin_api_credentials`;
CREATE TABLE `gstin_api_credentials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(16) NOT NULL,
  `gstin` char(15) NOT NULL,
  `irp_username` varchar(64) DEFAULT NULL,
  `irp_password` varchar(128) DEFAULT NULL,
  `irp_password_enc` text,
  `last_auth_token` varchar(64) DEFAULT NULL,
  `last_auth_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `gstin_api_credentials` WRITE;
INSERT INTO `gstin_api_credentials` VALUES
(1,'vb-t-00418','27AABCS1234F1Z5','SGT_API_27','Ganesh#2024',NULL,NULL,NULL),
(2,'vb-t-00511','24AAKCS9012M1Z8','SHARMATEX_API',NULL,'⟦kms_ciphertext:sharma⟧','⟦b61a_irp_auth_token:sharma⟧','2024-10-14 09:12:44'),
(3,'vb-t-00977','23AAGFA7788Q1ZK','AHM_EINV','Indore@4521',NULL,NULL,NULL),
(4,'vb-t-01022','29AADCK5566R1ZP','KAVERI_EINV',NULL,'⟦kms_ciphertext:kaveri⟧',NULL,NULL);
UNLOCK TABLES;
