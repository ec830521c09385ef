-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: royalties-db.internal    Database: hollowoak_royalties
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET NAMES utf8mb4 */;

--
-- Table structure for table `distributor_accounts`
--

DROP TABLE IF EXISTS `distributor_accounts`;
CREATE TABLE `distributor_accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `distributor` varchar(64) NOT NULL,
  `channel` enum('ddex_sftp','api','portal') NOT NULL,
  `host` varchar(255) DEFAULT NULL,
  `username` varchar(128) DEFAULT NULL,
  `secret` varchar(512) DEFAULT NULL,
  `party_id` varchar(32) DEFAULT NULL,
  `notes` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `distributor_accounts`
--

LOCK TABLES `distributor_accounts` WRITE;
/*!40000 ALTER TABLE `distributor_accounts` DISABLE KEYS */;
INSERT INTO `distributor_accounts` VALUES (1,'Spotify (direct)','ddex_sftp','sftp.ddex-ingest.spotify.example','hollowoak_ddex','Sp0t1fy-Ddex!2022','PADPIDA2014021301H','ERN 4.3, key auth preferred');
INSERT INTO `distributor_accounts` VALUES (2,'Apple Music (Transporter)','portal','itunesconnect.apple.com','delivery@hollowoakrecords.com','⟦b39b_apple_app_specific_password:itms⟧','PADPIDA2010083001A','app-specific password for iTMSTransporter');
INSERT INTO `distributor_accounts` VALUES (3,'Bandcamp','portal','bandcamp.com','hollowoak','Bandcamp-0ak-88',NULL,'label account');
INSERT INTO `distributor_accounts` VALUES (4,'SoundCloud (API app)','api','api.soundcloud.com','⟦b50b_soundcloud_client_id:sql⟧','⟦b50b_soundcloud_client_secret:sql⟧',NULL,'app hollowoak-uploader');
INSERT INTO `distributor_accounts` VALUES (5,'Beatport','ddex_sftp','ingest.beatport.example','hollowoak','Beat-Port-Hollow-7','PADPIDA2012092501B','weekly');
INSERT INTO `distributor_accounts` VALUES (6,'YouTube Content ID','api','www.googleapis.com','royalty-ledger-reader@hollowoak-royalties.iam.gserviceaccount.com',NULL,NULL,'service account key on disk, see ops/keys');
/*!40000 ALTER TABLE `distributor_accounts` ENABLE KEYS */;
UNLOCK TABLES;

-- Dump completed on 2024-10-03  2:14:07
