'use strict';
/** Generators added with batch41-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, jwt, epoch, uuid, seq, der, RSA_OID, pkcs8Rsa, pem } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Orchestrators: Airflow, Dagster, dbt Cloud
  // ---------------------------------------------------------------------------------------------
  // Airflow [core] fernet_key: Fernet.generate_key(), i.e. urlsafe base64 of 32 random bytes (44 chars, ends in '=')
  def('b41a_airflow_fernet_key', 'airflow', true, 'https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html (Fernet.generate_key(): base64url of 32 bytes)',
    (r) => b64url(r.bytes(32)) + '=');
  // A Fernet token (what Airflow stores for an encrypted connection password or variable): ciphertext, useless without the key.
  // Layout: 0x80 version, 8-byte big-endian timestamp, 16-byte IV, AES-CBC ciphertext (n*16), 32-byte HMAC; base64url.
  def('b41a_fernet_token', 'none', false, 'https://github.com/fernet/spec/blob/master/Spec.md (token layout; ciphertext, not a credential without the key)',
    (r) => {
      const ts = Buffer.alloc(8);
      ts.writeUInt32BE(epoch(r), 4);
      const body = Buffer.concat([Buffer.from([0x80]), ts, r.bytes(16), r.bytes(16 * r.range(1, 3)), r.bytes(32)]);
      return b64(body).replace(/\+/g, '-').replace(/\//g, '_');
    });
  // Airflow [webserver] secret_key (Flask session signing): the default generator is b64encode(os.urandom(16)), 24 chars
  def('b41a_airflow_webserver_secret', 'airflow', true, 'https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html#secret-key (Flask secret key; default b64encode(os.urandom(16)))',
    (r) => b64(r.bytes(16)));
  // dbt Cloud service-account tokens (dbtc_) and personal access tokens (dbtu_): body modelled on issued tokens (base64url, ~56 chars)
  def('b41a_dbt_cloud_service_token', 'dbt-cloud', true, 'https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens (service account token, dbtc_ prefix; body length modelled)',
    (r) => `dbtc_${r.str(`${AL.b62}_-`, 56)}`);
  def('b41a_dbt_cloud_pat', 'dbt-cloud', true, 'https://docs.getdbt.com/docs/dbt-cloud-apis/user-tokens (personal access token, dbtu_ prefix; body length modelled)',
    (r) => `dbtu_${r.str(`${AL.b62}_-`, 56)}`);
  // Dagster+ agent tokens (dagster.yaml dagster_cloud_api.agent_token) and user tokens: organisation-scoped, modelled as agent:<org>:<32 hex>
  def('b41a_dagster_agent_token', 'dagster', true, 'https://docs.dagster.io/dagster-plus/deployment/management/tokens/agent-tokens (agent token; shape modelled on revealed tokens: agent:<org>:<32 hex>)',
    (r) => `agent:${r.pick(['harbor-freight', 'harborlabs', 'hbr-data'])}:${r.hex(32)}`);
  def('b41a_dagster_user_token', 'dagster', true, 'https://docs.dagster.io/dagster-plus/deployment/management/tokens/user-tokens (user token; shape modelled: user:<32 hex>)',
    (r) => `user:${r.hex(32)}`);

  // HubSpot public-app OAuth credentials as Singer/Meltano taps hold them: client secret (a UUID) and refresh token (<hublet>-<uuid>)
  def('b41a_hubspot_client_secret', 'hubspot', true, 'https://developers.hubspot.com/docs/guides/apps/authentication/working-with-oauth (app client secret, UUID-shaped as shown on the Auth tab)',
    (r) => uuid(r));
  def('b41a_hubspot_refresh_token', 'hubspot', true, 'https://developers.hubspot.com/docs/guides/api/app-management/oauth-tokens (refresh token; shape modelled on issued tokens: <hublet>-<uuid>)',
    (r) => `${r.pick(['na1', 'eu1'])}-${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // Query engines, warehouses, streaming
  // ---------------------------------------------------------------------------------------------
  // Trino internal-communication.shared-secret: the docs generate it with `openssl rand 512 | base64` (684 chars once unwrapped)
  def('b41a_trino_shared_secret', 'trino', true, 'https://trino.io/docs/current/security/internal-communication.html (shared secret: openssl rand 512 | base64)',
    (r) => b64(r.bytes(512)));
  // Trino BigQuery connector bigquery.credentials-key: base64 of a whole service-account JSON key file
  def('b41a_gcp_sa_json_b64', 'gcp', true, 'https://trino.io/docs/current/connector/bigquery.html#configuration (bigquery.credentials-key, base64 service-account key); key file: https://cloud.google.com/iam/docs/keys-create-delete',
    (r) => {
      const project = r.pick(['kettlebridge-analytics', 'kb-lake-prod', 'kettlebridge-dw']);
      const sa = r.pick(['trino-bq-reader', 'bq-federation', 'trino-catalog']);
      return b64(`${JSON.stringify({
        type: 'service_account', project_id: project, private_key_id: r.hex(40), private_key: `${pem('PRIVATE KEY', pkcs8Rsa(r))}\n`,
        client_email: `${sa}@${project}.iam.gserviceaccount.com`, client_id: r.digits(21), auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: 'https://oauth2.googleapis.com/token', auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
        client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${sa}%40${project}.iam.gserviceaccount.com`, universe_domain: 'googleapis.com',
      }, null, 2)}\n`);
    });
  // Snowflake key-pair auth: the Kafka connector takes the PKCS#8 private key as one base64 line without PEM armour
  def('b41a_pkcs8_der_b64', 'private-key', true, 'https://docs.snowflake.com/en/user-guide/kafka-connector-install#using-key-pair-authentication-key-rotation (snowflake.private.key: PKCS#8 key body on one line)',
    (r) => b64(pkcs8Rsa(r)));
  // ... and the matching public key, assigned with ALTER USER ... SET RSA_PUBLIC_KEY='MIIBIj...' (public by design)
  def('b41a_rsa_public_key_b64', 'none', false, 'https://docs.snowflake.com/en/user-guide/key-pair-auth#assign-the-public-key-to-a-snowflake-user (RSA_PUBLIC_KEY: SubjectPublicKeyInfo body, public)',
    (r) => {
      const n = Buffer.concat([Buffer.from([0]), r.bytes(256)]);
      n[1] |= 0x80;
      return b64(seq(RSA_OID, der(0x03, Buffer.concat([Buffer.from([0]), seq(der(0x02, n), der(0x02, Buffer.from([1, 0, 1])))]))));
    });
  // DataStax Astra DB application token: AstraCS:<client id, 24 letters>:<64 hex>
  def('b41a_astra_db_token', 'datastax', true, 'https://docs.datastax.com/en/astra-db-serverless/administration/manage-application-tokens.html (application token AstraCS:...)',
    (r) => `AstraCS:${r.str(AL.upper + AL.lower, 24)}:${r.hex(64)}`);
  // Databricks cluster id: <MMDD>-<HHMMSS>-<8 lowercase alnum>; an identifier that appears in URLs and job specs
  def('b41a_databricks_cluster_id', 'none', false, 'https://docs.databricks.com/en/workspace/workspace-details.html#cluster-url-and-id (cluster id, an identifier)',
    (r) => `${String(r.range(1, 12)).padStart(2, '0')}${String(r.range(1, 28)).padStart(2, '0')}-${String(r.range(0, 23)).padStart(2, '0')}${String(r.range(0, 59)).padStart(2, '0')}${String(r.range(0, 59)).padStart(2, '0')}-${r.str(AL.lowerAlnum, 8)}`);

  // ---------------------------------------------------------------------------------------------
  // BI tools: Superset, Metabase, Redash
  // ---------------------------------------------------------------------------------------------
  // Superset SECRET_KEY: the docs suggest `openssl rand -base64 42` (56 chars)
  def('b41a_superset_secret_key', 'superset', true, 'https://superset.apache.org/docs/configuration/configuring-superset/#specifying-a-secret_key (openssl rand -base64 42)',
    (r) => b64(r.bytes(42)));
  // Metabase MB_ENCRYPTION_SECRET_KEY: `openssl rand -base64 32` (44 chars)
  def('b41a_metabase_encryption_key', 'metabase', true, 'https://www.metabase.com/docs/latest/databases/encrypting-details-at-rest (MB_ENCRYPTION_SECRET_KEY, openssl rand -base64 32)',
    (r) => b64(r.bytes(32)));
  // Metabase static-embedding secret key: 64 hex characters as shown in Admin > Embedding
  def('b41a_metabase_embedding_secret', 'metabase', true, 'https://www.metabase.com/docs/latest/embedding/static-embedding (embedding secret key, 64 hex; signs embed JWTs)',
    (r) => r.hex(64));
  // Metabase API keys (Admin > Authentication > API keys): mb_ + base64 body, modelled on issued keys
  def('b41a_metabase_api_key', 'metabase', true, 'https://www.metabase.com/docs/latest/people-and-groups/api-keys (API key sent as x-api-key; mb_ + base64 body modelled)',
    (r) => `mb_${b64(r.bytes(32))}`);
  // Redash REDASH_SECRET_KEY / REDASH_COOKIE_SECRET: the official setup script uses `pwgen -1s 32`
  plain('b41a_redash_secret', 'redash', AL.b62, 32, 'https://github.com/getredash/setup/blob/master/setup.sh (REDASH_COOKIE_SECRET/REDASH_SECRET_KEY from pwgen -1s 32)');
  // Redash user API key: 40 alphanumerics, sent as Authorization: Key <key> or ?api_key=
  plain('b41a_redash_api_key', 'redash', AL.b62, 40, 'https://redash.io/help/user-guide/integrations-and-api/api (user API key, 40 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // ML platforms and vector databases
  // ---------------------------------------------------------------------------------------------
  // W&B now issues longer API keys (about 86 chars): wandb_v1_<27>_<49>, modelled on issued keys
  def('b41a_wandb_api_key_v1', 'wandb', true, 'https://docs.wandb.ai/support/models/articles/why-does-my-api-key-fail-with-must-be-40-characters (new keys about 86 chars; wandb_v1_ shape modelled)',
    (r) => `wandb_v1_${r.str(AL.b62, 27)}_${r.str(AL.b62, 49)}`);
  // Label Studio personal access tokens are JWT refresh tokens (djangorestframework-simplejwt claims)
  def('b41a_labelstudio_pat', 'labelstudio', true, 'https://labelstud.io/guide/access_tokens (personal access tokens are JWT refresh tokens)',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { alg: 'HS256', typ: 'JWT' }, { token_type: 'refresh', exp: iat + 86400 * 365 * 200, iat, jti: r.hex(32), user_id: r.range(2, 240) });
    });
  // Qdrant Cloud database API keys with granular access control are JWTs ("eyJhb..."): {"access":"m"|"r"} plus optional exp
  def('b41a_qdrant_db_api_key', 'qdrant', true, 'https://qdrant.tech/documentation/cloud/authentication/ (database API keys with granular access start with eyJhb, a JWT)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, r.pick([{ access: 'm' }, { access: 'r' }, { access: 'm', exp: epoch(r) + 86400 * 90 }])));
  // Jupyter server token: generated as hexlify(os.urandom(24)), 48 hex; printed in the startup URL ?token=
  def('b41a_jupyter_token', 'jupyter', true, 'https://jupyter-server.readthedocs.io/en/latest/operators/security.html#security-in-the-jupyter-server (token auth; default token is 48 hex)',
    (r) => r.hex(48));
  // MLflow run ids: uuid4().hex (32 hex), identifiers in URLs, logs and artifact paths
  def('b41a_mlflow_run_id', 'none', false, 'https://mlflow.org/docs/latest/ml/tracking/ (run_id, an identifier)', (r) => r.hex(32));
  // OpenAI organization id (OpenAI-Organization header): an identifier, not a credential
  def('b41a_openai_org_id', 'none', false, 'https://platform.openai.com/docs/api-reference/authentication (organization id org-..., an identifier)',
    (r) => `org-${r.str(AL.b62, 24)}`);
};
