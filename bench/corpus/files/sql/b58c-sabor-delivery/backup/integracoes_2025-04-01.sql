-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: 10.0.3.20    Database: hub_pedidos
-- ------------------------------------------------------

DROP TABLE IF EXISTS `integracoes`;
CREATE TABLE `integracoes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `loja_id` int NOT NULL,
  `canal` varchar(20) NOT NULL,
  `credencial_id` varchar(80) DEFAULT NULL,
  `credencial_segredo` varchar(255) DEFAULT NULL,
  `atualizado_em` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `integracoes` WRITE;
INSERT INTO `integracoes` VALUES (1,0,'ifood','⟦uuid:ifood⟧','⟦b58c_ifood_client_secret⟧','2025-03-02 10:12:00'),(2,0,'rappi','⟦uuid:rappi⟧','⟦b58c_rappi_client_secret⟧','2025-03-02 10:12:00'),(3,0,'zapi','⟦b58c_zapi_instance_id⟧','⟦b58c_zapi_instance_token⟧','2025-03-05 18:40:21'),(4,0,'pagarme',NULL,'⟦b58c_pagarme_secret_key⟧','2025-01-10 09:00:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `usuarios`;
CREATE TABLE `usuarios` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(120) NOT NULL,
  `senha_hash` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `usuarios` WRITE;
INSERT INTO `usuarios` VALUES (1,'gerencia@sabordelivery.com.br','⟦bcrypt_hash:g⟧'),(2,'loja01@sabordelivery.com.br','⟦bcrypt_hash:l1⟧');
UNLOCK TABLES;
