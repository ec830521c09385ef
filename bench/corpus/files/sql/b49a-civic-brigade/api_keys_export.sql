-- Export of the public API's key table for the security review (issue #214).
-- Keys are shown to the user once; we store only a prefix (for lookup and display) and a SHA-256 of
-- the full key. Nothing in this file can be used to call the API.
COPY public.api_keys (id, owner_email, label, key_prefix, key_sha256, scopes, created_at, last_used_at, revoked_at) FROM stdin;
1	news-desk@chicagoreader.example	Reader elections widget	wrm_live_7Hq2	⟦sha256:k1⟧	{lookup}	2023-09-14 19:02:11+00	2024-05-30 12:44:09+00	\N
2	civiclab@uchicago.example	Research scrape	wrm_live_Zp0c	⟦sha256:k2⟧	{lookup,bulk}	2023-10-02 22:18:40+00	2024-02-11 08:01:57+00	\N
3	dev@civicbrigade.org	hack night demo	wrm_test_9LmA	⟦sha256:k3⟧	{lookup}	2023-11-08 01:33:05+00	2023-11-08 03:12:44+00	2023-12-01 00:00:00+00
4	tips@blockclub.example	Block Club voter guide	wrm_live_Qr5e	⟦sha256:k4⟧	{lookup}	2024-01-19 16:47:30+00	2024-06-01 17:20:13+00	\N
5	ops@civicbrigade.org	uptime monitor	wrm_live_c1Kx	⟦sha256:k5⟧	{health}	2024-03-03 10:00:00+00	2024-06-02 00:05:00+00	\N
\.

-- users table (Devise, bcrypt cost 12)
COPY public.users (id, email, encrypted_password, admin, created_at) FROM stdin;
1	dev@civicbrigade.org	⟦bcrypt_hash:u1⟧	t	2023-08-30 23:10:44+00
2	ops@civicbrigade.org	⟦bcrypt_hash:u2⟧	t	2023-09-01 02:11:09+00
\.
