-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.0.4.12    Database: olivar_ps8
-- ------------------------------------------------------
-- Volcado parcial para depurar el módulo de pagos (ps_configuration, ps_employee)

/*!40101 SET NAMES utf8mb4 */;

LOCK TABLES `ps_configuration` WRITE;
INSERT INTO `ps_configuration` (`id_configuration`, `id_shop_group`, `id_shop`, `name`, `value`, `date_add`, `date_upd`) VALUES
(1,NULL,NULL,'PS_LANG_DEFAULT','1','2022-03-01 10:00:00','2022-03-01 10:00:00'),
(2,NULL,NULL,'PS_VERSION_DB','8.1.2','2022-03-01 10:00:00','2024-02-11 18:22:10'),
(41,NULL,NULL,'PS_SHOP_NAME','Aceites El Olivar de Carmona','2022-03-01 10:00:00','2022-03-01 10:00:00'),
(42,NULL,NULL,'PS_SHOP_EMAIL','pedidos@olivardecarmona.es','2022-03-01 10:00:00','2022-03-01 10:00:00'),
(88,NULL,NULL,'PS_MAIL_METHOD','2','2022-03-01 10:00:00','2022-03-01 10:00:00'),
(89,NULL,NULL,'PS_MAIL_SERVER','smtp.gmail.com','2022-03-01 10:00:00','2022-03-01 10:00:00'),
(90,NULL,NULL,'PS_MAIL_USER','pedidos@olivardecarmona.es','2022-03-01 10:00:00','2022-03-01 10:00:00'),
(91,NULL,NULL,'PS_MAIL_PASSWD','⟦google_app_password:pedidos⟧','2022-03-01 10:00:00','2024-09-30 08:12:44'),
(92,NULL,NULL,'PS_MAIL_SMTP_PORT','587','2022-03-01 10:00:00','2022-03-01 10:00:00'),
(310,NULL,NULL,'REDSYSBIZUM_ENTORNO','real','2022-11-03 12:40:00','2022-11-03 12:40:00'),
(311,NULL,NULL,'REDSYSBIZUM_FUC','⟦b67a_redsys_fuc:fuc⟧','2022-11-03 12:40:00','2022-11-03 12:40:00'),
(312,NULL,NULL,'REDSYSBIZUM_CLAVE','⟦b67a_redsys_merchant_key:prod⟧','2022-11-03 12:40:00','2022-11-03 12:40:00'),
(313,NULL,NULL,'REDSYSBIZUM_CLAVE_BIZUM','⟦b67a_redsys_merchant_key:bizum⟧','2023-04-18 09:10:00','2025-03-03 11:50:12'),
(314,NULL,NULL,'REDSYSBIZUM_LOG','1','2022-11-03 12:40:00','2025-03-03 11:20:00'),
(402,NULL,NULL,'HOLDED_API_KEY','⟦b67a_holded_api_key:main⟧','2024-01-15 17:01:00','2024-01-15 17:01:00'),
(520,NULL,NULL,'PS_SSL_ENABLED','1','2022-03-01 10:00:00','2022-03-01 10:00:00');
UNLOCK TABLES;

LOCK TABLES `ps_employee` WRITE;
INSERT INTO `ps_employee` (`id_employee`, `id_profile`, `lastname`, `firstname`, `email`, `passwd`, `active`) VALUES
(1,1,'Martín','Javier','javier@olivardecarmona.es','⟦bcrypt_hash:e1⟧',1),
(2,4,'Ruiz','Rocío','almacen@olivardecarmona.es','⟦bcrypt_hash:e2⟧',1);
UNLOCK TABLES;
