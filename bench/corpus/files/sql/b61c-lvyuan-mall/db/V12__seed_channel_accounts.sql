-- V12: 初始化渠道店铺授权表（从旧系统迁移）
-- 执行人: 陈晓 2024-03-27

CREATE TABLE IF NOT EXISTS `channel_account` (
  `id`            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `channel`       VARCHAR(16)  NOT NULL COMMENT 'youzan/pdd/jd/doudian/kuaishou',
  `shop_name`     VARCHAR(64)  NOT NULL,
  `app_key`       VARCHAR(64)  NOT NULL,
  `app_secret`    VARCHAR(128) DEFAULT NULL,
  `access_token`  VARCHAR(256) DEFAULT NULL,
  `token_expire`  DATETIME     DEFAULT NULL,
  `enabled`       TINYINT(1)   NOT NULL DEFAULT 1,
  `created_at`    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_channel_shop` (`channel`, `shop_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='渠道店铺授权';

INSERT INTO `channel_account` (`channel`, `shop_name`, `app_key`, `app_secret`, `access_token`, `token_expire`) VALUES
('youzan',   '绿源优选有赞旗舰店', '⟦b61c_youzan_client_id:seed⟧', '⟦b61c_youzan_client_secret:seed⟧', '⟦b61c_youzan_access_token:seed⟧', '2024-04-03 10:12:00'),
('pdd',      '绿源优选拼多多店',   '⟦b61c_pdd_client_id:seed⟧', '⟦b61c_pdd_client_secret:seed⟧', '⟦b61c_pdd_access_token:seed⟧', '2024-09-27 00:00:00'),
('kuaishou', '绿源优选快手小店',   '⟦b61c_kuaishou_app_key:seed⟧', '⟦b61c_kuaishou_app_secret:seed⟧', NULL, NULL),
('jd',       '绿源优选京东自营',   '⟦b61c_jd_app_key:seed⟧', NULL, NULL, NULL);

-- 京东的 secret 走配置中心，不入库
UPDATE `channel_account` SET `enabled` = 0 WHERE `channel` = 'kuaishou';
