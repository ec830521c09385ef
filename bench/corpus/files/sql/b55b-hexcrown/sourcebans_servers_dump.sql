-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: localhost    Database: hexcrown_web
-- ------------------------------------------------------
-- Server version	10.11.6-MariaDB-0+deb12u1

/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `sb_servers`;
CREATE TABLE `sb_servers` (
  `sid` int(6) NOT NULL AUTO_INCREMENT,
  `ip` varchar(64) NOT NULL,
  `port` int(5) NOT NULL,
  `rcon` varchar(64) NOT NULL,
  `modid` int(10) NOT NULL,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `sb_servers` WRITE;
INSERT INTO `sb_servers` VALUES (1,'node3.hexcrown.gg',27015,'⟦b55b_rcon_password:cs2⟧',25,1),(2,'node3.hexcrown.gg',27025,'⟦b55b_rcon_password:r2⟧',25,1),(3,'node3.hexcrown.gg',27035,'SurfRcon2023',25,0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `sb_admins`;
CREATE TABLE `sb_admins` (
  `aid` int(6) NOT NULL AUTO_INCREMENT,
  `user` varchar(64) NOT NULL,
  `authid` varchar(64) NOT NULL DEFAULT '',
  `password` varchar(128) NOT NULL,
  `gid` int(6) NOT NULL,
  `email` varchar(128) NOT NULL,
  `srv_password` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`aid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `sb_admins` WRITE;
INSERT INTO `sb_admins` VALUES (1,'HexKing','STEAM_1:0:48122931','⟦bcrypt_hash:a1⟧',1,'owner@hexcrown.gg',NULL);
INSERT INTO `sb_admins` VALUES (2,'crowbar_cass','STEAM_1:1:20331984','⟦bcrypt_hash:a2⟧',2,'cass@hexcrown.gg','cassie-srv-2024');
INSERT INTO `sb_admins` VALUES (3,'Moss_and_Embers','STEAM_1:0:77120443','⟦bcrypt_hash:a3⟧',3,'moss@hexcrown.gg',NULL);
UNLOCK TABLES;
