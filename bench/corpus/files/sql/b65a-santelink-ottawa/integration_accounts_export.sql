-- Export partiel de la base du portail patient (santelink_portal), table des comptes d'intégration
-- Demandé par Ocean (CognisantMD) pour le dépannage du ticket OCN-55812 — NE PAS ENVOYER TEL QUEL
-- mysqldump 10.19  Distrib 10.11.6-MariaDB

DROP TABLE IF EXISTS `staff_users`;
CREATE TABLE `staff_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(190) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `role` enum('admin','md','reception','nurse') NOT NULL,
  `mfa_enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `staff_users` VALUES
(1,'luc.bergeron@santelink.ca','⟦bcrypt_hash:u1⟧','admin',1),
(2,'dr.bouchard@santelink.ca','⟦bcrypt_hash:u2⟧','md',1),
(3,'nadia.r@santelink.ca','⟦bcrypt_hash:u3⟧','reception',0),
(4,'dr.nguyen@santelink.ca','⟦bcrypt_hash:u4⟧','md',1);

DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `site_num` varchar(32) DEFAULT NULL,
  `api_key` varchar(128) DEFAULT NULL,
  `webhook_secret` varchar(128) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `integrations` VALUES
(1,'ocean_ereferral','4417','⟦generic_api_key_alnum40:ocean⟧','⟦webhook_signing_secret:ocean⟧',1),
(2,'twilio_sms','⟦twilio_account_sid:sms⟧','⟦twilio_auth_token:sms⟧',NULL,1),
(3,'telus_health_pssuite',NULL,NULL,NULL,0);
