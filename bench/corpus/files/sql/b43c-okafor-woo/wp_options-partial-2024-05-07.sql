-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: adirestu_wp
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1
-- mysqldump --skip-extended-insert -u adirestu_wp -p adirestu_wp wp_options --where="option_name IN (...)" (sent to Ada for the WooCommerce debugging, 07/05)

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Dumping data for table `wp_options`
--
-- WHERE:  option_name IN ('siteurl','home','woocommerce_stripe_settings','woocommerce_ppcp-gateway_settings','mc4wp','gf_recaptcha_secret_key','gf_recaptcha_public_key','wpforms_settings','woocommerce_version')

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (1,'siteurl','https://adirestudio.co.uk','yes');
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (2,'home','https://adirestudio.co.uk','yes');
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (1187,'woocommerce_version','8.7.0','yes');
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (2204,'woocommerce_stripe_settings','a:14:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:11:\"Credit Card\";s:8:\"testmode\";s:2:\"no\";s:20:\"test_publishable_key\";s:0:\"\";s:15:\"test_secret_key\";s:0:\"\";s:15:\"publishable_key\";s:107:\"⟦stripe_publishable_live:ad⟧\";s:10:\"secret_key\";s:107:\"⟦stripe_secret_live:ad⟧\";s:14:\"webhook_secret\";s:38:\"⟦stripe_webhook_secret:ad⟧\";s:7:\"capture\";s:3:\"yes\";s:15:\"payment_request\";s:3:\"yes\";s:11:\"saved_cards\";s:3:\"yes\";s:7:\"logging\";s:2:\"no\";s:20:\"statement_descriptor\";s:12:\"ADIRE STUDIO\";s:31:\"upe_checkout_experience_enabled\";s:3:\"yes\";}','yes');
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (2291,'woocommerce_ppcp-gateway_settings','a:8:{s:7:\"enabled\";b:1;s:15:\"merchant_email\";s:24:\"payments@adirestudio.co.uk\";s:11:\"merchant_id\";s:13:\"7QXK2M4R9ZB3L\";s:9:\"client_id\";s:80:\"⟦paypal_client_id:ad⟧\";s:13:\"client_secret\";s:80:\"⟦paypal_client_secret:ad⟧\";s:7:\"sandbox\";b:0;s:13:\"intent_capture\";b:1;s:14:\"disable_cards\";a:0:{}}','yes');
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (2310,'mc4wp','a:4:{s:7:\"api_key\";s:36:\"⟦mailchimp_api_key:ad⟧\";s:20:\"allow_usage_tracking\";i:0;s:15:\"debug_log_level\";s:7:\"warning\";s:18:\"first_activated_on\";i:1704811200;}','yes');
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (2415,'gf_recaptcha_public_key','⟦recaptcha_site_key:gf⟧','yes');
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (2416,'gf_recaptcha_secret_key','⟦recaptcha_secret:gf⟧','yes');
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES (2502,'wpforms_settings','a:5:{s:8:\"currency\";s:3:\"GBP\";s:15:\"hcaptcha-secret\";s:42:\"⟦b43c_hcaptcha_secret:wpf⟧\";s:16:\"hcaptcha-site-key\";s:36:\"⟦b43c_hcaptcha_sitekey:wpf⟧\";s:13:\"captcha-provider\";s:8:\"hcaptcha\";s:18:\"modern-markup-is-set\";b:1;}','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2024-05-07 11:48:02
