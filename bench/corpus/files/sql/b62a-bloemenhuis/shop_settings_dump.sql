-- mysqldump bloemenhuis shop_settings (voor overzetten naar de nieuwe VPS, 2024-11-28)
-- Server version	8.0.39

DROP TABLE IF EXISTS `shop_settings`;
CREATE TABLE `shop_settings` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `group` varchar(50) NOT NULL,
  `key` varchar(100) NOT NULL,
  `value` text,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `shop_settings_group_key_unique` (`group`,`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `shop_settings` WRITE;
INSERT INTO `shop_settings` VALUES
(1,'algemeen','winkelnaam','Bloemenhuis Tulp','2023-02-01 10:00:00'),
(2,'algemeen','kvk','81234567','2023-02-01 10:00:00'),
(3,'algemeen','btw','NL862231114B01','2023-02-01 10:00:00'),
(4,'mollie','api_key','⟦mollie_api_key:oud⟧','2023-06-14 08:12:40'),
(5,'mollie','profile_id','⟦b42b_mollie_profile_id⟧','2023-06-14 08:12:40'),
(6,'mollie','organization_token','⟦b42b_mollie_access_token⟧','2024-01-09 16:30:02'),
(7,'sendcloud','public_key','⟦b62a_sendcloud_public_key:oud⟧','2023-03-02 11:45:00'),
(8,'sendcloud','secret_key','⟦b62a_sendcloud_secret_key:oud⟧','2023-03-02 11:45:00'),
(9,'bol','client_id','⟦b62a_bol_client_id:oud⟧','2023-12-11 09:20:31'),
(10,'bol','client_secret','⟦b62a_bol_client_secret:oud⟧','2023-12-11 09:20:31'),
(11,'multisafepay','api_key','⟦b62a_multisafepay_api_key:oud⟧','2023-02-01 10:00:00'),
(12,'moneybird','administration_id','⟦b62a_moneybird_administration_id⟧','2023-02-01 10:00:00'),
(13,'moneybird','oauth_client_secret','⟦b62a_moneybird_client_secret⟧','2023-02-01 10:00:00'),
(14,'verzending','gratis_vanaf','50.00','2023-02-01 10:00:00');
UNLOCK TABLES;
