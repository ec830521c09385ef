-- Development seed data. Passwords are bcrypt hashes of "password".
INSERT INTO users (id, email, password_hash, role) VALUES
  ('⟦uuid⟧', 'admin@example.com', '⟦bcrypt_hash⟧', 'admin'),
  ('⟦uuid⟧', 'dev@example.com', '⟦bcrypt_hash⟧', 'developer');
INSERT INTO api_tokens (user_id, token_hash, name) VALUES
  ((SELECT id FROM users WHERE email = 'admin@example.com'), '⟦sha256⟧', 'seed token');
