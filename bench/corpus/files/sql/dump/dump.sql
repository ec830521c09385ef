-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: portal
-- ------------------------------------------------------
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

CREATE USER IF NOT EXISTS 'portal_app'@'%' IDENTIFIED BY 'P0rtal-App-2018';
GRANT SELECT, INSERT, UPDATE, DELETE ON portal.* TO 'portal_app'@'%';

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `api_token` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'admin@portal.example.org','⟦bcrypt_hash⟧','⟦encryption_key_hex:tok1⟧'),(2,'jo@portal.example.org','⟦bcrypt_hash⟧',NULL);
UNLOCK TABLES;

DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (
  `name` varchar(64) NOT NULL,
  `secret` text,
  PRIMARY KEY (`name`)
);
INSERT INTO `integrations` VALUES ('sendgrid','⟦sendgrid_api_key⟧');
INSERT INTO `integrations` VALUES ('slack','⟦slack_webhook⟧');
INSERT INTO `integrations` VALUES ('sha_check','⟦sha256⟧');
