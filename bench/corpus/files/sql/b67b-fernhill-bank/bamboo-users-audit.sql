-- Bamboo DC 9.6 - local directory users audit (SECOPS-1190), run read-only against bamboo_ro replica.
-- cwd_user.credential holds Atlassian PKCS5S2 hashes (PBKDF2-HMAC-SHA1, 10000 iterations); they
-- are one-way and stay in the database. Export below for the access review spreadsheet.

SELECT u.id, u.user_name, u.display_name, u.email_address, u.active, u.updated_date
FROM cwd_user u
JOIN cwd_directory d ON d.id = u.directory_id
WHERE d.directory_name = 'Bamboo internal directory'
ORDER BY u.user_name;

-- result snapshot 2024-10-21 (also pasted into SECOPS-1190)
-- INSERT statements kept so the review tool can load it into sqlite
INSERT INTO review_cwd_user (id, user_name, display_name, active, credential, updated_date) VALUES
  (98305, 'admin', 'Bamboo Administrator', 'T', '{PKCS5S2}⟦b39b_pbkdf2_b64:admin⟧', '2023-02-14 10:02:11'),
  (98306, 'svc-bamboo-automation', 'Automation', 'T', '{PKCS5S2}⟦b39b_pbkdf2_b64:auto⟧', '2024-03-01 08:44:50'),
  (98307, 'gareth.hughes', 'Gareth Hughes', 'T', '{PKCS5S2}⟦b39b_pbkdf2_b64:gh⟧', '2024-06-18 16:20:05'),
  (98311, 'old.contractor', 'Contractor (Accenture)', 'F', '{PKCS5S2}⟦b39b_pbkdf2_b64:oc⟧', '2021-09-30 12:00:00'),
  (98312, 'svc-bamboo-readonly', 'Dashboards', 'T', '{PKCS5S2}⟦b39b_pbkdf2_b64:ro⟧', '2022-11-07 09:13:37');

-- personal access tokens: only metadata, token values are hashed server-side
SELECT t.token_id, t.name, u.user_name, t.created_date, t.expiring_at, t.last_accessed
FROM bamboo_personal_access_token t
JOIN cwd_user u ON u.id = t.user_id
ORDER BY t.last_accessed DESC NULLS LAST;

INSERT INTO review_pat (token_id, name, user_name, hashed_token, created_date, expiring_at) VALUES
  ('⟦short_sha:t1⟧⟦short_sha:t1b⟧', 'agent-approval', 'svc-bamboo-automation', '⟦sha256:t1⟧', '2024-03-01', '2025-03-01'),
  ('⟦short_sha:t2⟧⟦short_sha:t2b⟧', 'specs-publish', 'gareth.hughes', '⟦sha256:t2⟧', '2024-06-18', NULL);
