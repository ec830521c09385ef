-- mysqldump magento_outlet core_config_data --where="path LIKE 'carriers/%' OR path LIKE 'payment/%'"
-- taken 2024-03-01 before the Shippit module upgrade (Tom)
LOCK TABLES `core_config_data` WRITE;
INSERT INTO `core_config_data` (`config_id`, `scope`, `scope_id`, `path`, `value`, `updated_at`) VALUES
(812,'default',0,'carriers/auspost/active','1','2023-05-05 01:12:44'),
(813,'default',0,'carriers/auspost/account_number','0008826554','2023-05-05 01:12:44'),
(814,'default',0,'carriers/auspost/api_key','⟦b64a_auspost_st_api_key:mage⟧','2023-05-05 01:12:44'),
(815,'default',0,'carriers/auspost/api_password','⟦b41b_magento_encrypted:auspost⟧','2023-05-05 01:12:44'),
(816,'default',0,'carriers/auspost/pac_api_key','⟦b64a_auspost_pac_key:mage⟧','2023-05-05 01:12:44'),
(830,'default',0,'carriers/shippit/active','1','2024-02-01 03:40:10'),
(831,'default',0,'carriers/shippit/api_key','⟦b64a_shippit_api_key:mage⟧','2024-02-01 03:40:10'),
(832,'default',0,'carriers/shippit/environment','production','2024-02-01 03:40:10'),
(840,'default',0,'carriers/sendle/sendle_id','saltwater_threads','2023-10-10 22:05:31'),
(841,'default',0,'carriers/sendle/api_key','⟦b41b_magento_encrypted:sendle⟧','2023-10-10 22:05:31'),
(850,'default',0,'payment/saltwater_afterpay/merchant_id','⟦b64a_afterpay_merchant_id:outlet⟧','2023-11-24 21:03:02'),
(851,'default',0,'payment/saltwater_afterpay/merchant_key','⟦b64a_afterpay_secret_key:outlet⟧','2023-11-24 21:03:02'),
(860,'default',0,'payment/eway/live_api_key','⟦b64a_eway_api_key:outlet⟧','2021-03-20 04:00:00'),
(861,'default',0,'payment/eway/live_api_password','⟦b41b_magento_encrypted:eway⟧','2021-03-20 04:00:00');
UNLOCK TABLES;
