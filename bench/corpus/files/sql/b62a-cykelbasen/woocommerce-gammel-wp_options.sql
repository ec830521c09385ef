-- Udtræk fra den gamle WooCommerce-butik (før Rails), taget 2023-05-30 til migreringen
-- mysqldump --no-create-info --where="option_name LIKE 'woocommerce_%settings'" cykelbasen_wp wp_options

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES
(2211,'woocommerce_bacs_settings','a:3:{s:7:\"enabled\";s:2:\"no\";s:5:\"title\";s:16:\"Bankoverførsel\";s:12:\"instructions\";s:0:\"\";}','yes'),
(2219,'woocommerce_dibs_easy_settings','a:6:{s:7:\"enabled\";s:3:\"yes\";s:9:\"test_mode\";s:2:\"no\";s:15:\"dibs_live_key\";s:48:\"⟦b62a_nets_secret_key:woo⟧\";s:24:\"dibs_live_checkout_key\";s:50:\"⟦b62a_nets_checkout_key:woo⟧\";s:15:\"dibs_test_key\";s:48:\"⟦b62a_nets_test_secret_key:woo⟧\";s:11:\"merchant_id\";s:9:\"100028841\";}','yes'),
(2230,'woocommerce_mobilepay_settings','a:4:{s:7:\"enabled\";s:3:\"yes\";s:11:\"merchant_id\";s:10:\"APPDK00012\";s:13:\"api_key_live\";s:32:\"⟦b62a_vipps_subscription_key:woo⟧\";s:5:\"title\";s:9:\"MobilePay\";}','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;

-- brugere (kun admin)
INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_email`, `user_registered`, `display_name`) VALUES
(1,'cykelbasen','⟦bcrypt_hash:admin⟧','mikkel@cykelbasen.dk','2019-03-11 10:22:01','Mikkel');
