-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: harbourview_wp
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1
-- mysqldump --skip-extended-insert harbourview_wp wp_options > wp_options-export-2024-05-21.sql
-- (for the agency: migrating to the new host, please delete after import)

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;

--
-- Table structure for table `wp_options`
--

DROP TABLE IF EXISTS `wp_options`;
CREATE TABLE `wp_options` (
  `option_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `option_name` varchar(191) COLLATE utf8mb4_unicode_520_ci NOT NULL DEFAULT '',
  `option_value` longtext COLLATE utf8mb4_unicode_520_ci NOT NULL,
  `autoload` varchar(20) COLLATE utf8mb4_unicode_520_ci NOT NULL DEFAULT 'yes',
  PRIMARY KEY (`option_id`),
  UNIQUE KEY `option_name` (`option_name`),
  KEY `autoload` (`autoload`)
) ENGINE=InnoDB AUTO_INCREMENT=1187 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

--
-- Dumping data for table `wp_options`
--

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://www.harbourviewinn.com','yes');
INSERT INTO `wp_options` VALUES (2,'home','https://www.harbourviewinn.com','yes');
INSERT INTO `wp_options` VALUES (3,'blogname','Harbourview Inn &amp; Marina','yes');
INSERT INTO `wp_options` VALUES (4,'admin_email','webmaster@harbourviewinn.com','yes');
INSERT INTO `wp_options` VALUES (5,'active_plugins','a:6:{i:0;s:43:\"harbourview-booking/harbourview-booking.php\";i:1;s:37:\"mailchimp-for-wp/mailchimp-for-wp.php\";i:2;s:26:\"post-smtp/postman-smtp.php\";i:3;s:27:\"updraftplus/updraftplus.php\";i:4;s:57:\"woocommerce-gateway-stripe/woocommerce-gateway-stripe.php\";i:5;s:27:\"woocommerce/woocommerce.php\";}','yes');
INSERT INTO `wp_options` VALUES (118,'logged_in_key','⟦wordpress_salt:lik⟧','no');
INSERT INTO `wp_options` VALUES (119,'logged_in_salt','⟦wordpress_salt:lis⟧','no');
INSERT INTO `wp_options` VALUES (120,'nonce_key','⟦wordpress_salt:nk⟧','no');
INSERT INTO `wp_options` VALUES (342,'postman_options','a:10:{s:14:\"transport_type\";s:4:\"smtp\";s:8:\"hostname\";s:18:\"smtp.office365.com\";s:4:\"port\";s:3:\"587\";s:8:\"enc_type\";s:3:\"tls\";s:9:\"auth_type\";s:5:\"login\";s:12:\"sender_email\";s:31:\"reservations@harbourviewinn.com\";s:19:\"basic_auth_username\";s:31:\"reservations@harbourviewinn.com\";s:19:\"basic_auth_password\";s:20:\"⟦lit:Marina#Res2022|b64⟧\";s:15:\"mailgun_api_key\";s:68:\"⟦mailgun_api_key|b64⟧\";s:19:\"mailgun_domain_name\";s:21:\"mg.harbourviewinn.com\";}','yes');
INSERT INTO `wp_options` VALUES (377,'mc4wp','a:3:{s:7:\"api_key\";s:37:\"⟦mailchimp_api_key⟧\";s:20:\"allow_usage_tracking\";s:1:\"0\";s:15:\"debug_log_level\";s:7:\"warning\";}','yes');
INSERT INTO `wp_options` VALUES (402,'updraft_s3','a:5:{s:9:\"accesskey\";s:20:\"⟦aws_access_key_id⟧\";s:9:\"secretkey\";s:40:\"⟦aws_secret_access_key⟧\";s:4:\"path\";s:22:\"harbourview-backups/wp\";s:3:\"rrs\";s:0:\"\";s:22:\"server_side_encryption\";s:0:\"\";}','no');
INSERT INTO `wp_options` VALUES (403,'updraft_last_backup','a:2:{s:11:\"backup_time\";i:1716250812;s:12:\"backup_nonce\";s:12:\"9f3c1a7e02b4\";}','no');
INSERT INTO `wp_options` VALUES (515,'woocommerce_stripe_settings','a:10:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:20:\"Credit Card (Stripe)\";s:8:\"testmode\";s:2:\"no\";s:20:\"test_publishable_key\";s:0:\"\";s:15:\"test_secret_key\";s:0:\"\";s:15:\"publishable_key\";s:107:\"⟦stripe_publishable_live⟧\";s:10:\"secret_key\";s:107:\"⟦stripe_secret_live⟧\";s:14:\"webhook_secret\";s:38:\"⟦stripe_webhook_secret⟧\";s:7:\"capture\";s:3:\"yes\";s:15:\"payment_request\";s:3:\"yes\";}','yes');
INSERT INTO `wp_options` VALUES (516,'woocommerce_stripe_account','a:2:{s:10:\"account_id\";s:21:\"acct_1KfQ2hHv7RbLz0Tn\";s:4:\"mode\";s:4:\"live\";}','yes');
INSERT INTO `wp_options` VALUES (601,'hvb_settings','a:4:{s:14:\"booking_engine\";s:8:\"internal\";s:12:\"marina_slips\";i:42;s:20:\"channel_manager_user\";s:11:\"harbourview\";s:24:\"channel_manager_password\";s:20:\"⟦password:cm⟧\";}','yes');
INSERT INTO `wp_options` VALUES (602,'recovery_keys','a:1:{s:24:\"Kp3zV9rW2xYq8sLmN4tBd7Fh\";a:2:{s:10:\"hashed_key\";s:52:\"$generic$⟦sha256:rk|slice=0-43⟧\";s:10:\"created_at\";i:1715003311;}}','yes');
INSERT INTO `wp_options` VALUES (603,'_transient_wc_count_comments','a:2:{s:8:\"approved\";s:3:\"112\";s:14:\"total_comments\";i:112;}','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;

-- Dump completed on 2024-05-21 23:14:05
