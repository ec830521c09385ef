-- seed: market-data portal users (dev/uat only). Passwords are bcrypt (cost 12); the
-- plaintexts were generated and sent to each user through the portal's reset flow.
insert into portal.app_user (id, email, display_name, password_hash, role, created_at) values
    ('⟦uuid:u1⟧', 'a.feld@meridian-cap.com',    'Anna Feld',      '⟦bcrypt_hash:u1⟧', 'admin',  '2024-06-03T09:12:00Z'),
    ('⟦uuid:u2⟧', 'k.osei@meridian-cap.com',    'Kwame Osei',     '⟦bcrypt_hash:u2⟧', 'analyst','2024-06-03T09:12:00Z'),
    ('⟦uuid:u3⟧', 'l.moreau@meridian-cap.com',  'Lucie Moreau',   '⟦bcrypt_hash:u3⟧', 'analyst','2024-07-19T14:40:00Z'),
    ('⟦uuid:u4⟧', 'svc-loader@meridian-cap.com','EOD loader',     '⟦bcrypt_hash:u4⟧', 'service','2024-08-01T00:00:00Z');

insert into portal.api_client (client_id, owner_id, name, secret_sha256, created_at) values
    ('⟦uuid:c1⟧', '⟦uuid:u4⟧', 'eod-loader',  '⟦sha256:c1⟧', '2024-08-01T00:00:00Z'),
    ('⟦uuid:c2⟧', '⟦uuid:u1⟧', 'excel-addin', '⟦sha256:c2⟧', '2024-09-12T10:00:00Z');
