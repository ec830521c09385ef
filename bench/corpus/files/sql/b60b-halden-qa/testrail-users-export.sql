-- TestRail Server 8.0 user table export for the migration to TestRail Cloud (REL-140)
-- mysqldump --no-create-info testrail users user_api_keys --where="is_active=1"

LOCK TABLES `users` WRITE;
INSERT INTO `users` (`id`, `name`, `email`, `password`, `is_active`, `role_id`, `is_admin`, `created_on`) VALUES
 (1,'Administrator','admin@halden.no','⟦bcrypt_hash:u1⟧',1,1,1,1546300800),
 (14,'Ingrid Solberg','ingrid.solberg@halden.no','⟦bcrypt_hash:u14⟧',1,2,1,1561939200),
 (22,'Per Haugen','per.haugen@halden.no','⟦bcrypt_hash:u22⟧',1,3,0,1577836800),
 (31,'QA Bot','qa-bot@halden.no','⟦bcrypt_hash:u31⟧',1,3,0,1609459200);
UNLOCK TABLES;

-- API keys are stored in clear text by TestRail Server; they are valid on the cloud instance after import
LOCK TABLES `user_api_keys` WRITE;
INSERT INTO `user_api_keys` (`id`, `user_id`, `name`, `key`, `created_on`) VALUES
 (3,14,'laptop','⟦b60b_testrail_api_key:ingrid⟧',1690848000),
 (7,31,'jenkins','⟦b60b_testrail_api_key:bot⟧',1704067200),
 (9,22,'trcli','⟦b60b_testrail_api_key:per⟧',1717200000);
UNLOCK TABLES;
