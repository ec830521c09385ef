-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: ops-db.ceiling.internal    Database: dispatch
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `integrations`
--

DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(40) NOT NULL,
  `label` varchar(120) DEFAULT NULL,
  `client_id` varchar(120) DEFAULT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT '1',
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `integrations`
--

LOCK TABLES `integrations` WRITE;
INSERT INTO `integrations` VALUES (1,'faa_notam','FAA NOTAM API (prod app)','⟦b53a_faa_client_id:sql⟧','⟦b53a_faa_client_secret:sql⟧',1,'2024-05-02 14:11:09'),(2,'checkwx','CheckWX fallback',NULL,'⟦b53a_checkwx_api_key:sql⟧',1,'2024-01-17 09:30:00'),(3,'avwx','AVWX hobby plan',NULL,'⟦b53a_avwx_token:sql⟧',0,'2023-11-02 18:45:12'),(4,'flightstats','FlightStats flex','⟦b53a_flightstats_app_id:sql⟧','⟦b53a_flightstats_app_key:sql⟧',1,'2024-08-21 12:00:00'),(5,'aviationweather','AWC data API',NULL,NULL,1,'2023-06-01 00:00:00');
UNLOCK TABLES;

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(190) NOT NULL,
  `encrypted_password` varchar(255) NOT NULL,
  `role` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'dispatch@ceilingaviation.com','⟦bcrypt_hash:u1⟧','admin'),(2,'chief.pilot@ceilingaviation.com','⟦bcrypt_hash:u2⟧','pilot'),(3,'ops.intern@ceilingaviation.com','⟦bcrypt_hash:u3⟧','viewer');
UNLOCK TABLES;

-- Dump completed on 2025-02-03  4:00:02
