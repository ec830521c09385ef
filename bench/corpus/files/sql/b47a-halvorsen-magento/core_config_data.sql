-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: hh-prod-mysql.c7vdaq1pxl2m.eu-north-1.rds.amazonaws.com    Database: magento_prod
-- ------------------------------------------------------
-- Server version	8.0.35
-- Partial dump for the staging refresh: only the integration rows of core_config_data
-- (mysqldump --where="path LIKE 'payment/%' OR path LIKE 'tax/%' OR ...")

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

LOCK TABLES `core_config_data` WRITE;
/*!40000 ALTER TABLE `core_config_data` DISABLE KEYS */;
INSERT INTO `core_config_data` (`config_id`, `scope`, `scope_id`, `path`, `value`, `updated_at`) VALUES
(1812,'default',0,'payment/braintree/active','1','2023-03-20 10:02:11'),
(1813,'default',0,'payment/braintree/environment','production','2023-03-20 10:02:11'),
(1814,'default',0,'payment/braintree/merchant_id','⟦b42b_braintree_merchant_id:hh⟧','2023-03-20 10:02:11'),
(1815,'default',0,'payment/braintree/public_key','⟦b41b_magento_encrypted:btpub⟧','2023-03-20 10:02:11'),
(1816,'default',0,'payment/braintree/private_key','⟦b41b_magento_encrypted:btpriv⟧','2023-03-20 10:02:11'),
(1902,'default',0,'tax/avatax/production_account_number','⟦b47a_avalara_account_id:hh⟧','2023-04-02 08:15:40'),
(1903,'default',0,'tax/avatax/production_license_key','⟦b47a_avalara_license_key:hh⟧','2023-04-02 08:15:40'),
(1904,'default',0,'tax/avatax/production_company_code','HALVORSEN-SE','2023-04-02 08:15:40'),
(1905,'default',0,'tax/avatax/development_license_key','⟦b41b_magento_encrypted:avadev⟧','2023-04-02 08:15:40'),
(2011,'default',0,'algoliasearch_credentials/credentials/application_id','⟦b40b_algolia_app_id:hh⟧','2023-05-11 13:44:02'),
(2012,'default',0,'algoliasearch_credentials/credentials/search_only_api_key','⟦algolia_search_key:hh⟧','2023-05-11 13:44:02'),
(2013,'default',0,'algoliasearch_credentials/credentials/api_key','⟦b41b_magento_encrypted:algadmin⟧','2023-05-11 13:44:02'),
(2102,'default',0,'klaviyo_reclaim_general/general/public_api_key','⟦b42b_klaviyo_public_key:hh⟧','2023-06-01 07:20:33'),
(2103,'default',0,'klaviyo_reclaim_general/general/private_api_key','⟦b39a_klaviyo_private_key:hh⟧','2023-06-01 07:20:33'),
(2201,'default',0,'yotpo/settings/app_key','⟦b47a_yotpo_app_key:hh⟧','2023-06-14 12:01:09'),
(2202,'default',0,'yotpo/settings/secret','⟦b47a_yotpo_secret_key:hh⟧','2023-06-14 12:01:09'),
(2310,'default',0,'carriers/postnord/customer_number','20145876','2023-08-22 09:12:45'),
(2311,'default',0,'carriers/postnord/api_key','⟦b41b_magento_encrypted:postnord⟧','2023-08-22 09:12:45'),
(2402,'default',0,'system/smtp/password','⟦b41b_magento_encrypted:smtp⟧','2023-09-05 15:30:00'),
(2510,'websites',2,'payment/vipps/client_id','⟦uuid:vipps⟧','2024-01-19 11:02:51'),
(2511,'websites',2,'payment/vipps/subscription_key','⟦b41b_magento_encrypted:vippsok⟧','2024-01-19 11:02:51');
/*!40000 ALTER TABLE `core_config_data` ENABLE KEYS */;
UNLOCK TABLES;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2024-10-08  3:10:42
