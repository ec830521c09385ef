-- 导出：merchant_channel_config（生产库 ht_pay，2024-05-28 为迁移新集群导出）
-- mysqldump --skip-extended-insert ht_pay merchant_channel_config
-- 注：secret_plain 字段是历史遗留明文列，迁移后删除

DROP TABLE IF EXISTS `merchant_channel_config`;
CREATE TABLE `merchant_channel_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `merchant_id` varchar(32) NOT NULL,
  `channel` varchar(16) NOT NULL,
  `channel_mch_no` varchar(32) NOT NULL,
  `secret_plain` text,
  `secret_cipher` varchar(512) DEFAULT NULL,
  `status` tinyint NOT NULL DEFAULT '1',
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=214 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `merchant_channel_config` WRITE;
INSERT INTO `merchant_channel_config` VALUES (101,'M20210301001','lianlian','201908190003118234','⟦b61c_lianlian_md5_key:m101⟧',NULL,1,'2023-11-02 10:20:11');
INSERT INTO `merchant_channel_config` VALUES (102,'M20210301001','yeepay','10040023817','⟦b61c_yeepay_hmac_key:m102⟧',NULL,1,'2023-11-02 10:20:11');
INSERT INTO `merchant_channel_config` VALUES (117,'M20220815007','yeepay','10040031902','⟦b61c_yeepay_hmac_key:m117⟧',NULL,0,'2024-01-09 16:44:03');
INSERT INTO `merchant_channel_config` VALUES (158,'M20230412019','huifu','⟦b61c_huifu_id:m158⟧','⟦b61c_huifu_rsa_private_key:m158⟧',NULL,1,'2024-03-21 09:12:55');
INSERT INTO `merchant_channel_config` VALUES (203,'M20240105033','lianlian','202401050009912003',NULL,'⟦sha256:c203|b64⟧',1,'2024-05-20 14:02:37');
UNLOCK TABLES;
