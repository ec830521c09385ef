-- Auszug aus dem alten WooCommerce-Shop (vor Migration auf Node), Dump vom 2023-11-02
-- mysqldump --no-create-info velohaus_wp wp_options --where="option_name LIKE 'woocommerce_%_settings'"

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` VALUES (1822,'woocommerce_payrexx_settings','a:7:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:7:\"Payrexx\";s:8:\"instance\";s:12:\"velohausaare\";s:10:\"api_secret\";s:30:\"⟦b63a_payrexx_api_secret:woo⟧\";s:8:\"platform\";s:11:\"payrexx.com\";s:6:\"prefix\";s:3:\"VH-\";s:9:\"look_and_feel\";s:0:\"\";}','yes');
INSERT INTO `wp_options` VALUES (1823,'woocommerce_postfinancecheckout_settings','a:6:{s:7:\"enabled\";s:3:\"yes\";s:8:\"space_id\";s:5:\"48213\";s:7:\"user_id\";s:6:\"131077\";s:12:\"api_user_key\";s:44:\"⟦b63a_pfc_auth_key:woo⟧\";s:14:\"space_view_id\";s:0:\"\";s:5:\"debug\";s:2:\"no\";}','yes');
INSERT INTO `wp_options` VALUES (1824,'woocommerce_bacs_settings','a:3:{s:7:\"enabled\";s:2:\"no\";s:5:\"title\";s:16:\"Banküberweisung\";s:15:\"account_details\";s:0:\"\";}','yes');
INSERT INTO `wp_options` VALUES (1825,'woocommerce_cod_settings','a:2:{s:7:\"enabled\";s:2:\"no\";s:5:\"title\";s:17:\"Barzahlung im Laden\";}','yes');
INSERT INTO `wp_options` VALUES (1826,'woocommerce_swisspost_settings','a:4:{s:7:\"enabled\";s:3:\"yes\";s:9:\"client_id\";s:32:\"⟦b63a_swisspost_client_id:woo⟧\";s:13:\"client_secret\";s:32:\"⟦b63a_swisspost_client_secret:woo⟧\";s:7:\"license\";s:8:\"60123456\";}','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;
