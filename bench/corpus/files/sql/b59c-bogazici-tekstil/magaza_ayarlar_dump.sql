-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)
--
-- Host: localhost    Database: magaza
-- ------------------------------------------------------
-- Server version	8.0.35-0ubuntu0.22.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Table structure for table `ayarlar`
--

DROP TABLE IF EXISTS `ayarlar`;
CREATE TABLE `ayarlar` (
  `id` int NOT NULL AUTO_INCREMENT,
  `grup` varchar(40) NOT NULL,
  `anahtar` varchar(80) NOT NULL,
  `deger` text,
  `guncelleme` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `grup_anahtar` (`grup`,`anahtar`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

LOCK TABLES `ayarlar` WRITE;
INSERT INTO `ayarlar` VALUES
(1,'genel','site_adi','Boğaziçi Ev Tekstili','2022-03-01 10:00:00'),
(2,'genel','para_birimi','TRY','2022-03-01 10:00:00'),
(3,'paytr','merchant_id','318274','2022-05-11 12:14:00'),
(4,'paytr','merchant_key','⟦b59c_paytr_merchant_key:db⟧','2022-05-11 12:14:00'),
(5,'paytr','merchant_salt','⟦b59c_paytr_merchant_salt:db⟧','2022-05-11 12:14:00'),
(6,'iyzico','api_key','⟦b59c_iyzico_api_key:sandbox-db⟧','2023-08-01 09:30:00'),
(7,'iyzico','secret_key','⟦b59c_iyzico_secret_key:sandbox-db⟧','2023-08-01 09:30:00'),
(8,'iyzico','ortam','sandbox','2023-08-01 09:30:00'),
(9,'kargo','yurtici_kullanici','BOGAZICIGO','2022-03-15 15:00:00'),
(10,'kargo','yurtici_sifre','Yk.2022bogazici','2022-03-15 15:00:00'),
(11,'admin','sifre_hash','⟦bcrypt_hash:admin⟧','2023-01-09 08:00:00'),
(12,'google','analytics_id','G-7XK2M9Q4TB','2023-02-14 11:00:00');
UNLOCK TABLES;
