-- sqlite3 ~/.config/gcloud/credentials.db .dump ; sqlite3 ~/.config/gcloud/access_tokens.db .dump
-- (pulled out of the restic snapshot to check which accounts were still logged in)
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "credentials" (account_id TEXT PRIMARY KEY, value BLOB);
INSERT INTO credentials VALUES('chidi@okafor.consulting','{"client_id": "⟦google_oauth_client_id:gcloud⟧", "client_secret": "⟦b62b_google_installed_client_secret:gcloud⟧", "refresh_token": "⟦gcp_refresh_token:cred1⟧", "revoke_uri": "https://oauth2.googleapis.com/revoke", "scopes": ["openid", "https://www.googleapis.com/auth/userinfo.email", "https://www.googleapis.com/auth/cloud-platform", "https://www.googleapis.com/auth/appengine.admin", "https://www.googleapis.com/auth/sqlservice.login", "https://www.googleapis.com/auth/compute", "https://www.googleapis.com/auth/accounts.reauth"], "token_uri": "https://oauth2.googleapis.com/token", "type": "authorized_user", "universe_domain": "googleapis.com"}');
INSERT INTO credentials VALUES('terraform-ci@northbeam-staging.iam.gserviceaccount.com','{"client_email": "terraform-ci@northbeam-staging.iam.gserviceaccount.com", "client_id": "108446913207725519843", "private_key": "⟦gcp_sa_private_key:tf⟧", "private_key_id": "⟦gcp_sa_key_id:tf⟧", "project_id": "northbeam-staging", "token_uri": "https://oauth2.googleapis.com/token", "type": "service_account", "universe_domain": "googleapis.com"}');
COMMIT;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "access_tokens" (account_id TEXT PRIMARY KEY, access_token TEXT, token_expiry TIMESTAMP, rapt_token TEXT, id_token TEXT);
INSERT INTO access_tokens VALUES('chidi@okafor.consulting','⟦gcp_oauth_access_token:at1⟧','2024-03-04 12:41:07.339104',NULL,NULL);
INSERT INTO access_tokens VALUES('terraform-ci@northbeam-staging.iam.gserviceaccount.com','⟦gcp_oauth_access_token:at2⟧','2024-03-04 12:44:52.017719',NULL,NULL);
COMMIT;
