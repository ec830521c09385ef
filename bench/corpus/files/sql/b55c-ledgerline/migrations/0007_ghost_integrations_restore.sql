-- 0007: restore the "Beehiiv mirror" and "Zapier" custom integrations after the
-- March droplet rebuild. Dumped from the old instance with
--   mysqldump ghost_production integrations api_keys --where="..." --no-create-info
-- (Ghost regenerates keys if these rows are missing, which breaks the cron job.)

START TRANSACTION;

INSERT INTO `integrations` (`id`,`type`,`name`,`slug`,`icon_image`,`description`,`created_at`,`created_by`,`updated_at`,`updated_by`) VALUES
('65f0c1a2e4b0a91f3c2d7e10','custom','Beehiiv mirror','beehiiv-mirror',NULL,'sync_beehiiv_to_ghost.py','2024-03-12 14:02:11','1','2024-03-12 14:02:11','1'),
('65f0c1a2e4b0a91f3c2d7e11','custom','Zapier','zapier',NULL,'new paid member -> Slack','2024-03-12 14:03:40','1','2024-03-12 14:03:40','1');

INSERT INTO `api_keys` (`id`,`type`,`secret`,`role_id`,`integration_id`,`user_id`,`last_seen_at`,`last_seen_version`,`created_at`,`created_by`,`updated_at`,`updated_by`) VALUES
('65f0c1a2e4b0a91f3c2d7e12','content','⟦b39b_ghost_content_api_key:mirror⟧',NULL,'65f0c1a2e4b0a91f3c2d7e10',NULL,NULL,NULL,'2024-03-12 14:02:11','1','2024-03-12 14:02:11','1'),
('65f0c1a2e4b0a91f3c2d7e13','admin','⟦encryption_key_hex:mirror⟧','5f2a9c0d1e3b4a5c6d7e8f90','65f0c1a2e4b0a91f3c2d7e10',NULL,'2024-03-11 23:30:02','5.80','2024-03-12 14:02:11','1','2024-03-12 14:02:11','1'),
('65f0c1a2e4b0a91f3c2d7e14','admin','⟦encryption_key_hex:zapier⟧','5f2a9c0d1e3b4a5c6d7e8f90','65f0c1a2e4b0a91f3c2d7e11',NULL,'2024-03-10 09:14:55','5.80','2024-03-12 14:03:40','1','2024-03-12 14:03:40','1');

COMMIT;
