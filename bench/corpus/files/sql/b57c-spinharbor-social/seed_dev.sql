-- Dev/staging seed. Passwords are bcrypt hashes (cost 12) of throwaway values; players are synthetic.
TRUNCATE admin_users, players, api_clients RESTART IDENTITY CASCADE;

INSERT INTO admin_users (email, password_hash, role) VALUES
  ('ops@spinharbor.com',     '⟦bcrypt_hash:ops⟧',     'superadmin'),
  ('support1@spinharbor.com','⟦bcrypt_hash:sup1⟧',    'support'),
  ('finance@spinharbor.com', '⟦bcrypt_hash:fin⟧',     'finance');

INSERT INTO players (id, email, state, kyc_status, gc_balance, sc_balance) VALUES
  ('00000000-0000-4000-8000-000000000001', 'qa-ios-07@example.test', 'FL', 'approved', 1500000, 312.50),
  ('00000000-0000-4000-8000-000000000002', 'qa-and-02@example.test', 'TX', 'pending',   250000,   0.00),
  ('00000000-0000-4000-8000-000000000003', 'qa-web-11@example.test', 'NY', 'blocked',        0,   0.00);

-- partner API clients (affiliate postback receiver, CRM sync). key_hash = sha256(api key)
INSERT INTO api_clients (name, key_prefix, key_hash, scopes) VALUES
  ('cellxpert-postback', 'shk_live_4f', '⟦sha256:cx⟧', '{postback:write}'),
  ('braze-currents',     'shk_live_9a', '⟦sha256:bz⟧', '{events:write}');
