-- Development seed data for Tapstack. Loaded by bin/setup. All accounts use the password
-- "password" locally (hashes below are bcrypt cost 12); none of these users exist in staging/prod.
BEGIN;

INSERT INTO users (id, email, encrypted_password, handle, plan, created_at, updated_at) VALUES
  ('⟦uuid:u1⟧', 'demo@tapstack.test', '⟦bcrypt_hash:u1⟧', 'demo', 'free', now(), now()),
  ('⟦uuid:u2⟧', 'creator@tapstack.test', '⟦bcrypt_hash:u2⟧', 'olivetest', 'pro', now(), now()),
  ('⟦uuid:u3⟧', 'admin@tapstack.test', '⟦bcrypt_hash:u3⟧', 'admin', 'staff', now(), now());

INSERT INTO pages (id, user_id, slug, title, theme, published) VALUES
  (1, '⟦uuid:u1⟧', 'demo', 'Demo Page', 'sunset', true),
  (2, '⟦uuid:u2⟧', 'olivetest', 'Olive (test)', 'kitchen', true);

INSERT INTO links (id, page_id, position, title, url, source, external_id) VALUES
  (1, 1, 1, 'My newsletter', 'https://demo.beehiiv.com/subscribe', 'manual', NULL),
  (2, 1, 2, 'Gear I use', 'https://www.amazon.com/shop/demo?tag=tapstack-20', 'manual', NULL),
  (3, 2, 1, 'Cookbook', 'https://oliveandoak.lemonsqueezy.com/checkout/buy/⟦uuid:lsbuy⟧', 'manual', NULL),
  (4, 2, 2, 'Support on Ko-fi', 'https://ko-fi.com/oliveandoak', 'manual', NULL),
  (5, 2, 3, 'Old short link', 'https://bit.ly/tap-olive', 'bitly', 'bit.ly/tap-olive');

INSERT INTO connected_accounts (user_id, provider, provider_uid, access_token, refresh_token) VALUES
  ('⟦uuid:u2⟧', 'stripe_connect', 'acct_1TestOliveOak00', NULL, NULL),
  ('⟦uuid:u2⟧', 'youtube', '⟦b55c_youtube_channel_id:seed⟧', '[filtered]', '[filtered]');

INSERT INTO api_tokens (user_id, name, token_digest, last_four, created_at) VALUES
  ('⟦uuid:u3⟧', 'local admin', '⟦sha256:admintoken⟧', 'a91c', now());

COMMIT;
