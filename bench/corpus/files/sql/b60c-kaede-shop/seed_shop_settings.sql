-- 店舗設定の初期データ (本番移行時に流したもの)
-- 2023-11-30 宮崎: 本番 DB の shop_settings をダンプ → 不要列を削除して seed 化
SET NAMES utf8mb4;

INSERT INTO shops (id, code, name, domain, created_at, updated_at) VALUES
  (1, 'kaede', '楓雑貨店', 'kaede-shop.jp', NOW(), NOW()),
  (2, 'kaede-outlet', '楓アウトレット', 'outlet.kaede-shop.jp', NOW(), NOW());

INSERT INTO admin_users (id, shop_id, email, encrypted_password, role, created_at, updated_at) VALUES
  (1, 1, 'miyazaki@kaede-shop.jp', '⟦bcrypt_hash:miyazaki⟧', 'owner', NOW(), NOW()),
  (2, 1, 'ishida@kaede-shop.jp', '⟦bcrypt_hash:ishida⟧', 'staff', NOW(), NOW());

INSERT INTO shop_settings (shop_id, setting_key, setting_value, updated_at) VALUES
  (1, 'payjp.public_key', '⟦b60c_payjp_public_key⟧', NOW()),
  (1, 'payjp.secret_key', '⟦b60c_payjp_secret_key:seed⟧', NOW()),
  (1, 'gmo.shop_id', '⟦b60c_gmopg_shop_id:seed⟧', NOW()),
  (1, 'gmo.shop_pass', '⟦b60c_gmopg_shop_pass:seed⟧', NOW()),
  (1, 'base.refresh_token', '⟦b60c_base_refresh_token:seed⟧', NOW()),
  (1, 'tax.rate_standard', '10', NOW()),
  (1, 'tax.rate_reduced', '8', NOW()),
  (2, 'makeshop.shop_id', 'kaedeoutlet', NOW()),
  (2, 'shipping.free_over', '5500', NOW());
