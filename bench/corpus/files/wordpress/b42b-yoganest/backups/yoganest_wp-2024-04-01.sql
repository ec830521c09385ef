-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: yoganest_wp
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Dumping data for table `yn_options` (partial: plugin settings only)
--

LOCK TABLES `yn_options` WRITE;
/*!40000 ALTER TABLE `yn_options` DISABLE KEYS */;
INSERT INTO `yn_options` VALUES (212,'woocommerce_stripe_settings','a:9:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:11:\"Credit Card\";s:8:\"testmode\";s:2:\"no\";s:15:\"publishable_key\";s:107:\"⟦stripe_publishable_live:yn⟧\";s:10:\"secret_key\";s:107:\"⟦stripe_secret_live:yn⟧\";s:14:\"webhook_secret\";s:38:\"⟦stripe_webhook_secret:yn⟧\";s:20:\"test_publishable_key\";s:0:\"\";s:15:\"test_secret_key\";s:0:\"\";s:7:\"logging\";s:2:\"no\";}','yes');
INSERT INTO `yn_options` VALUES (213,'woocommerce_ppcp-gateway_settings','a:4:{s:7:\"enabled\";s:3:\"yes\";s:9:\"client_id\";s:80:\"⟦paypal_client_id:yn⟧\";s:13:\"client_secret\";s:80:\"⟦paypal_client_secret:yn⟧\";s:7:\"sandbox\";s:2:\"no\";}','yes');
INSERT INTO `yn_options` VALUES (214,'pixelmint_sync_mailchimp_key','⟦mailchimp_api_key:yn⟧','yes');
INSERT INTO `yn_options` VALUES (215,'pixelmint_sync_list_id','⟦b42b_mailchimp_audience_id⟧','yes');
INSERT INTO `yn_options` VALUES (216,'wpmailsmtp_debug','a:0:{}','no');
INSERT INTO `yn_options` VALUES (217,'wp_mail_smtp_activation_prevent_redirect','1','yes');
/*!40000 ALTER TABLE `yn_options` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Dumping data for table `yn_wc_orders` (partial)
--

LOCK TABLES `yn_wc_orders` WRITE;
/*!40000 ALTER TABLE `yn_wc_orders` DISABLE KEYS */;
INSERT INTO `yn_wc_orders` VALUES (4101,'wc-completed','shop_order','GBP',0.0000,45.0000,12,'maya.k@example.co.uk','2024-03-28 08:14:02','2024-03-28 08:15:40','stripe','Credit Card','⟦b42b_stripe_object_id:pi-4101⟧','198.51.100.7','Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)',NULL);
INSERT INTO `yn_wc_orders` VALUES (4102,'wc-processing','shop_order','GBP',0.0000,90.0000,0,'t.owusu@example.com','2024-03-29 17:41:55','2024-03-29 17:42:10','ppcp-gateway','PayPal','7XG41234AB5678912','203.0.113.91','Mozilla/5.0 (Windows NT 10.0; Win64; x64)',NULL);
/*!40000 ALTER TABLE `yn_wc_orders` ENABLE KEYS */;
UNLOCK TABLES;

LOCK TABLES `yn_wc_orders_meta` WRITE;
INSERT INTO `yn_wc_orders_meta` VALUES (88211,4101,'_order_key','⟦b42b_wc_order_key:4101⟧'),(88212,4101,'_stripe_customer_id','⟦b42b_stripe_object_id:cus-4101⟧'),(88213,4101,'_stripe_source_id','⟦b42b_stripe_object_id:pm-4101⟧'),(88214,4102,'_order_key','⟦b42b_wc_order_key:4102⟧'),(88215,4102,'_ppcp_paypal_order_id','3MK71234XY987650A');
UNLOCK TABLES;

/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2024-04-01  3:00:01
