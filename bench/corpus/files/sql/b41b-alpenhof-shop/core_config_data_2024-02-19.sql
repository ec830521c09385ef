-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-primary.alpenhof.internal    Database: alpenhof_m2
-- ------------------------------------------------------
-- Server version	8.0.35-27

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

-- exported for the staging refresh (ticket SHOP-1192); payment rows are encrypted with crypt/key

--
-- Dumping data for table `core_config_data`
--

LOCK TABLES `core_config_data` WRITE;
/*!40000 ALTER TABLE `core_config_data` DISABLE KEYS */;
INSERT INTO `core_config_data` VALUES (1,'default',0,'web/seo/use_rewrites','1','2022-04-14 08:51:20'),(2,'default',0,'web/unsecure/base_url','https://www.alpenhof-shop.at/','2022-04-14 08:51:20'),(3,'default',0,'web/secure/base_url','https://www.alpenhof-shop.at/','2022-04-14 08:51:20'),(4,'default',0,'general/locale/code','de_AT','2022-04-14 08:51:20'),(5,'default',0,'general/region/display_all','1','2022-04-14 08:51:20'),(6,'default',0,'currency/options/base','EUR','2022-04-14 08:51:20');
INSERT INTO `core_config_data` VALUES (112,'default',0,'payment/stripe_payments_basic/stripe_mode','live','2022-06-02 11:03:44'),(113,'default',0,'payment/stripe_payments_basic/stripe_live_pk','⟦stripe_publishable_live⟧','2022-06-02 11:03:44'),(114,'default',0,'payment/stripe_payments_basic/stripe_live_sk','⟦b41b_magento_encrypted:sk⟧','2022-06-02 11:03:44');
INSERT INTO `core_config_data` VALUES (131,'default',0,'payment/paypal_express/active','1','2022-06-02 11:10:02'),(132,'default',0,'paypal/wpp/api_username','⟦b41b_magento_encrypted:ppuser⟧','2022-06-02 11:10:02'),(133,'default',0,'paypal/wpp/api_password','⟦b41b_magento_encrypted:pppass⟧','2022-06-02 11:10:02'),(134,'default',0,'paypal/wpp/api_signature','⟦b41b_magento_encrypted:ppsig⟧','2022-06-02 11:10:02');
INSERT INTO `core_config_data` VALUES (201,'default',0,'klaviyo_reclaim_general/general/enable','1','2023-01-09 15:22:10'),(202,'default',0,'klaviyo_reclaim_general/general/public_api_key','Xk7rQp','2023-01-09 15:22:10'),(203,'default',0,'klaviyo_reclaim_general/general/private_api_key','⟦b39a_klaviyo_private_key⟧','2023-01-09 15:22:10');
INSERT INTO `core_config_data` VALUES (215,'default',0,'sendcloud/general/api_key','⟦generic_api_key_hex32:sendcloudkey⟧','2023-03-21 09:41:55'),(216,'default',0,'sendcloud/general/api_secret','⟦generic_api_key_hex32:sendcloudsecret⟧','2023-03-21 09:41:55');
INSERT INTO `core_config_data` VALUES (240,'default',0,'google/analytics/active','1','2023-05-30 07:12:00'),(241,'default',0,'google/analytics/account','G-7K2QH4M9XZ','2023-05-30 07:12:00'),(242,'default',0,'carriers/dhl/id','⟦b41b_magento_encrypted:dhlid⟧','2023-05-30 07:15:31'),(243,'default',0,'carriers/dhl/password','⟦b41b_magento_encrypted:dhlpw⟧','2023-05-30 07:15:31');
/*!40000 ALTER TABLE `core_config_data` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

-- Dump completed on 2024-02-19  6:02:11
