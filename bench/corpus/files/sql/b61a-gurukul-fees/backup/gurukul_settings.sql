-- Gurukul fee portal: settings table backup (nightly mysqldump, 2024-11-01 02:00)
-- MySQL dump 10.13  Distrib 8.0.36
DROP TABLE IF EXISTS `settings`;
CREATE TABLE `settings` (
  `skey` varchar(64) NOT NULL,
  `svalue` text,
  `updated_by` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`skey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `settings` WRITE;
INSERT INTO `settings` VALUES ('school_name','Gurukul Public School, Gomti Nagar','admin');
INSERT INTO `settings` VALUES ('fee_late_fine_per_day','10','accounts');
INSERT INTO `settings` VALUES ('razorpay_key_id','⟦razorpay_key_id:gps⟧','vendor');
INSERT INTO `settings` VALUES ('razorpay_key_secret','⟦razorpay_key_secret:gps⟧','vendor');
INSERT INTO `settings` VALUES ('razorpay_webhook_secret','⟦b61a_razorpay_webhook_secret:gps⟧','vendor');
INSERT INTO `settings` VALUES ('sms_gateway','msg91','vendor');
INSERT INTO `settings` VALUES ('msg91_authkey','⟦b61a_msg91_authkey:gps⟧','vendor');
INSERT INTO `settings` VALUES ('textlocal_apikey_old','⟦b61a_textlocal_api_key:gpsold⟧','vendor');
INSERT INTO `settings` VALUES ('zoho_crm_refresh_token','⟦b61a_zoho_refresh_token:gps⟧','vendor');
INSERT INTO `settings` VALUES ('admission_enquiry_form_id','⟦uuid:gpsform⟧','admin');
INSERT INTO `settings` VALUES ('admin_password_hash','⟦bcrypt_hash:gpsadmin⟧','admin');
UNLOCK TABLES;
