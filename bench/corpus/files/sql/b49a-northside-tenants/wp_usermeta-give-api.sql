-- mysqldump excerpt sent to the new web volunteer so she could "see how GiveWP stores API keys"
-- mysqldump -u ntu_wp -p ntu_wp wp_usermeta --where="meta_key LIKE 'give_user_%'"
--
-- Host: localhost    Database: ntu_wp
-- Server version	10.6.16-MariaDB-cll-lve

LOCK TABLES `wp_usermeta` WRITE;
/*!40000 ALTER TABLE `wp_usermeta` DISABLE KEYS */;
INSERT INTO `wp_usermeta` VALUES (1184,3,'give_user_public_key','⟦b49a_givewp_public_key:sql⟧');
INSERT INTO `wp_usermeta` VALUES (1185,3,'give_user_secret_key','⟦b49a_givewp_secret_key:sql⟧');
INSERT INTO `wp_usermeta` VALUES (1186,3,'give_user_token','⟦b49a_givewp_token:sql⟧');
INSERT INTO `wp_usermeta` VALUES (1187,3,'give_user_api_key_created','2023-11-02 18:44:10');
INSERT INTO `wp_usermeta` VALUES (2210,7,'session_tokens','a:0:{}');
/*!40000 ALTER TABLE `wp_usermeta` ENABLE KEYS */;
UNLOCK TABLES;

-- Example request the GiveWP docs show (use the public key + token, never the secret):
-- https://northsidetenants.org/give-api/v1/donations/?key=<public key>&token=<token>&number=25
