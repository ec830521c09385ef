-- sqlite3 glitchbot.db .dump   (attached to issue #14 "bot forgets tokens after update")
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE oauth_tokens (
  provider TEXT PRIMARY KEY,
  access_token TEXT NOT NULL,
  refresh_token TEXT,
  scopes TEXT,
  expires_at INTEGER
);
INSERT INTO oauth_tokens VALUES('twitch_broadcaster','⟦b39a_twitch_oauth_token:broadcaster⟧','⟦b55c_twitch_refresh_token:broadcaster⟧','channel:read:subscriptions bits:read moderator:read:followers',1716069482);
INSERT INTO oauth_tokens VALUES('youtube','⟦gcp_oauth_access_token:ytchat⟧','⟦gcp_refresh_token:ytchat⟧','https://www.googleapis.com/auth/youtube.readonly',1716062110);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL DEFAULT 0);
INSERT INTO counters VALUES('deaths',412);
INSERT INTO counters VALUES('hugs',88);
CREATE TABLE viewers (login TEXT PRIMARY KEY, twitch_id TEXT, first_seen INTEGER, points INTEGER DEFAULT 0);
INSERT INTO viewers VALUES('pixelfern','88120455',1709510400,1340);
INSERT INTO viewers VALUES('mossy_dev','90211876',1711929600,220);
COMMIT;
