-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.40.1.20    Database: kamailio
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1
-- Exported for ticket KST-2291 (migrate customer "Brightmoor Logistics" to the new realm)

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `subscriber`
--

DROP TABLE IF EXISTS `subscriber`;
CREATE TABLE `subscriber` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL DEFAULT '',
  `domain` varchar(64) NOT NULL DEFAULT '',
  `password` varchar(64) NOT NULL DEFAULT '',
  `ha1` varchar(128) NOT NULL DEFAULT '',
  `ha1b` varchar(128) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_idx` (`username`,`domain`),
  KEY `username_idx` (`username`)
) ENGINE=InnoDB AUTO_INCREMENT=4187 DEFAULT CHARSET=utf8mb3;

--
-- Dumping data for table `subscriber`
--

LOCK TABLES `subscriber` WRITE;
/*!40000 ALTER TABLE `subscriber` DISABLE KEYS */;
INSERT INTO `subscriber` VALUES (4101,'bml-200','brightmoor.sip.kestrel.net','⟦password:bml200⟧','⟦b44c_sip_ha1:bml200a⟧','⟦b44c_sip_ha1:bml200b⟧');
INSERT INTO `subscriber` VALUES (4102,'bml-201','brightmoor.sip.kestrel.net','Warehouse201','⟦b44c_sip_ha1:bml201a⟧','⟦b44c_sip_ha1:bml201b⟧');
INSERT INTO `subscriber` VALUES (4103,'bml-202','brightmoor.sip.kestrel.net','⟦password:bml202⟧','⟦b44c_sip_ha1:bml202a⟧','⟦b44c_sip_ha1:bml202b⟧');
INSERT INTO `subscriber` VALUES (4104,'bml-fax','brightmoor.sip.kestrel.net','','⟦b44c_sip_ha1:bmlfaxa⟧','⟦b44c_sip_ha1:bmlfaxb⟧');
INSERT INTO `subscriber` VALUES (4105,'bml-trunk','brightmoor.sip.kestrel.net','⟦password:bmltrunk⟧','⟦b44c_sip_ha1:bmltrunka⟧','⟦b44c_sip_ha1:bmltrunkb⟧');
/*!40000 ALTER TABLE `subscriber` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `location` (runtime data, rows omitted)
--

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
-- Dump completed on 2024-04-02 10:14:51
