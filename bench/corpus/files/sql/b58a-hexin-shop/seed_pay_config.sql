-- 预发环境初始化: 支付渠道配置 + 后台管理员
-- 生成于 2024-08-02, mysqldump 片段 (hexin_mall.sys_pay_channel, hexin_mall.sys_admin)
SET NAMES utf8mb4;

DROP TABLE IF EXISTS `sys_pay_channel`;
CREATE TABLE `sys_pay_channel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel` varchar(32) NOT NULL COMMENT 'wxpay / alipay',
  `app_id` varchar(64) NOT NULL,
  `mch_id` varchar(32) DEFAULT NULL,
  `app_secret` varchar(128) DEFAULT NULL,
  `api_key` varchar(128) DEFAULT NULL COMMENT 'wxpay apiv3 key',
  `private_key` text COMMENT 'alipay app private key (PKCS8, one line)',
  `enabled` tinyint(1) NOT NULL DEFAULT '1',
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_channel` (`channel`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `sys_pay_channel` WRITE;
INSERT INTO `sys_pay_channel` VALUES
(1,'wxpay','⟦b58a_wechat_appid:stg⟧','⟦b58a_wechatpay_mchid:stg⟧','⟦b58a_wechat_appsecret:stg⟧','⟦b58a_wechatpay_apiv3_key:stg⟧',NULL,1,'2024-08-02 10:11:42'),
(2,'alipay','⟦b58a_alipay_app_id:stg⟧',NULL,NULL,NULL,'⟦b58a_alipay_app_private_key:stg⟧',1,'2024-08-02 10:11:42');
UNLOCK TABLES;

DROP TABLE IF EXISTS `sys_admin`;
CREATE TABLE `sys_admin` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL,
  `password_hash` varchar(100) NOT NULL,
  `role` varchar(16) NOT NULL DEFAULT 'ops',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `sys_admin` WRITE;
INSERT INTO `sys_admin` VALUES (1,'admin','⟦bcrypt_hash:admin⟧','super'),(2,'wangfang','⟦bcrypt_hash:wf⟧','ops');
UNLOCK TABLES;
