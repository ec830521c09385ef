--
-- PostgreSQL database dump (table: public.integrations)
-- Dumped from database version 15.6
-- pg_dump -h onnuri-prd-db.nhncloud.internal -U notify_app -t integrations notify
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

COPY public.integrations (id, tenant_id, provider, config, created_at, updated_at) FROM stdin;
1	onnuri	channel_talk	{"access_key": "⟦b60c_channeltalk_access_key:dump⟧", "access_secret": "⟦b60c_channeltalk_access_secret:dump⟧", "plugin_key": "⟦b60c_channeltalk_plugin_key:dump⟧"}	2023-02-10 11:02:33+09	2024-05-02 09:15:10+09
2	onnuri	naver_works	{"bot_id": "7213306", "bot_secret": "⟦b60c_works_bot_secret:dump⟧", "channel_id": "a1f3c7e2-0b4d-4e5f-9a8b-7c6d5e4f3a2b"}	2023-02-10 11:05:12+09	2024-01-15 17:40:02+09
3	onnuri	kakaowork	{"conversation_id": 3218845, "bot_key_ref": "vault:secret/onnuri/kakaowork#bot_key"}	2023-06-01 14:20:45+09	2023-06-01 14:20:45+09
4	gaon-clinic	channel_talk	{"access_key": "⟦b60c_channeltalk_access_key:gaon⟧", "access_secret": "⟦b60c_channeltalk_access_secret:gaon⟧", "plugin_key": "⟦b60c_channeltalk_plugin_key:gaon⟧"}	2024-03-18 10:11:09+09	2024-03-18 10:11:09+09
\.

--
-- PostgreSQL database dump complete
--
