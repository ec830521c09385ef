-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.20.0.15    Database: gestionale
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET NAMES utf8mb4 */;

--
-- Table structure for table `impostazioni`
--

DROP TABLE IF EXISTS `impostazioni`;
CREATE TABLE `impostazioni` (
  `chiave` varchar(120) NOT NULL,
  `valore` text,
  `modificato_da` varchar(60) DEFAULT NULL,
  `modificato_il` datetime DEFAULT NULL,
  PRIMARY KEY (`chiave`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `impostazioni`
--

LOCK TABLES `impostazioni` WRITE;
INSERT INTO `impostazioni` VALUES ('fatturazione.fic.company_id','1268493','gcolombo','2023-03-01 10:00:00'),('fatturazione.fic.token','⟦b58b_fattureincloud_token:sql⟧','luca.it','2025-01-10 16:02:11'),('fatturazione.numerazione','/FE','gcolombo','2023-03-01 10:00:00'),('adyen.merchant','FerriFornitureECOM','luca.it','2023-05-18 09:31:40'),('adyen.api_key','⟦adyen_api_key:sql⟧','luca.it','2024-02-07 12:44:03'),('mail.smtp.host','smtps.pec.aruba.it','gcolombo','2023-03-01 10:00:00'),('mail.smtp.password','Ferri.Pec#2025','gcolombo','2025-01-10 09:16:52'),('magazzino.scorta_minima_default','5','mferri','2022-11-30 18:12:00');
UNLOCK TABLES;

--
-- Table structure for table `utenti`
--

DROP TABLE IF EXISTS `utenti`;
CREATE TABLE `utenti` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(60) NOT NULL,
  `password_hash` varchar(100) NOT NULL,
  `ruolo` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `utenti` WRITE;
INSERT INTO `utenti` VALUES (1,'mferri','⟦bcrypt_hash:mf⟧','admin'),(2,'gcolombo','⟦bcrypt_hash:gc⟧','amministrazione'),(3,'sbianchi','⟦bcrypt_hash:sb⟧','amministrazione'),(4,'magazzino','⟦bcrypt_hash:mag⟧','magazzino'),(5,'luca.it','⟦bcrypt_hash:li⟧','admin');
UNLOCK TABLES;
-- Dump completed on 2025-01-31  3:00:02
