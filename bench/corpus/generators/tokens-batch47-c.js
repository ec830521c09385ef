'use strict';
/**
 * Generators added with batch47-c (site reliability, observability and incident response; see
 * bench/corpus/README.md): each with the URL of the documentation it follows. Where a provider
 * documents the credential but not its shape, the doc says so and the shape is modelled on issued keys.
 */
const { AL, b64, b64url, uuid } = require('./lib');

// printable ASCII without quote, backslash and space: the bytes splunk.secret is drawn from
const SPLUNK_SECRET_ALPHABET = AL.b64.replace('+', '') + './;:!?#%&*()[]{}<>=_-~^@,';

function glcToken(r) {
  const payload = {
    o: r.digits(6),
    n: r.pick(['stack-', 'alloy-', 'hm-write-', 'logs-push-']) + r.digits(6) + r.pick(['-write', '-metrics', '-logs', '-traces']),
    k: r.str(AL.b62, 24),
    m: { r: r.pick(['us', 'eu', 'prod-us-east-0', 'prod-eu-west-2']) },
  };
  return `glc_${b64(JSON.stringify(payload)).replace(/=+$/, '')}`;
}

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Telemetry ingest (metrics, traces, logs)
  // ---------------------------------------------------------------------------------------------
  // Splunk Observability Cloud (SignalFx) org access token, sent as X-SF-Token / signalfx exporter access_token
  def('b47c_splunk_o11y_token', 'splunk', true, 'https://help.splunk.com/splunk-observability-cloud/administer/authentication-and-security/authentication-tokens/org-access-tokens (organization access token, X-SF-TOKEN header; shape modelled on issued tokens: 22 URL-safe characters)',
    (r) => r.str(AL.b64url, 22));
  // Azure Monitor / Microsoft Sentinel workspace primary or secondary key (HTTP Data Collector API SharedKey signing)
  def('b47c_log_analytics_shared_key', 'azure', true, 'https://learn.microsoft.com/azure/azure-monitor/logs/data-collector-api (Authorization: SharedKey <WorkspaceID>:<HMAC-SHA256 signed with the workspace primary key>; the key is base64 of 64 bytes)',
    (r) => b64(r.bytes(64)));
  def('b47c_instana_agent_key', 'instana', true, 'https://www.ibm.com/docs/en/SSE1JP5/src/pages/self_hosted/stanctl/understanding_instana_keys.html (agent key authenticates data ingress from agents, INSTANA_AGENT_KEY; shape modelled: 22 URL-safe characters)',
    (r) => r.str(AL.b64url, 22));
  def('b47c_appdynamics_access_key', 'appdynamics', true, 'https://docs.appdynamics.com/appd/24.x/latest/en/application-monitoring/install-app-server-agents/java-agent/administer-the-java-agent/java-agent-configuration-properties (account-access-key / APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY; shape modelled: 12 lower-case alphanumerics)',
    (r) => r.str(AL.lowerAlnum, 12));
  // Grafana Cloud: Loki/Mimir/Tempo basic auth = <numeric instance id>:<access policy token>, base64 in an Authorization header
  def('b47c_grafana_cloud_basic_b64', 'grafana', true, 'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/ (basic auth: instance ID as user, glc_ access policy token as password; base64 as sent in Authorization: Basic)',
    (r) => b64(`${r.digits(6)}:${glcToken(r)}`));
  // Grafana OnCall integration URL: the path token is the only credential an alert source needs
  def('b47c_grafana_oncall_url', 'grafana', true, 'https://grafana.com/docs/oncall/latest/configure/integrations/references/alertmanager/ (OnCall Integration URL .../integrations/v1/alertmanager/<token>/, token as in the API reference example mReAoNwDm0eMwKo1mTeTwYo)',
    (r) => `https://oncall-prod-${r.pick(['us-central-0', 'eu-west-0'])}.grafana.net/oncall/integrations/v1/alertmanager/${r.str(AL.b62, 23)}/`);
  // Grafana Faro collector URL: ships in browser bundles, the app key in it is public by design
  def('b47c_grafana_faro_url', 'none', false, 'https://grafana.com/docs/grafana-cloud/monitor-applications/frontend-observability/ (Faro Web SDK collector URL .../collect/<app key>, embedded in client code)',
    (r) => `https://faro-collector-prod-${r.pick(['us-central-0', 'eu-west-2'])}.grafana.net/collect/${r.hex(32)}`);
  def('b47c_netdata_claim_token', 'netdata', true, 'https://learn.netdata.cloud/docs/netdata-agent/configuration/cheatsheet (claim token passed as --claim-token / [global] token in claim.conf; shape modelled: 135 URL-safe characters)',
    (r) => r.str(AL.b64url, 135));
  // netdata stream.conf: the [API_KEY] section name is a UUID shared between child and parent
  def('b47c_netdata_stream_key', 'netdata', true, 'https://learn.netdata.cloud/docs/observability-centralization-points/metrics-centralization-points/configuration (stream.conf api key = a UUID generated with uuidgen; the parent accepts any child that knows it)',
    (r) => uuid(r));
  // Sumo Logic installation token: base64 of "SUMO" + token id + secret + collector URL
  def('b47c_sumologic_install_token', 'sumologic', true, 'https://www.sumologic.com/help/docs/manage/security/installation-tokens (registers installed collectors; SUMOLOGIC_INSTALL_TOKEN / -Vsumo.token_and_url; shape modelled: base64 of SUMO + id + key + URL)',
    (r) => b64(`SUMO${r.digits(6)}${r.str(AL.b62, 32)}https://collectors.${r.pick(['', 'us2.', 'eu.', 'de.'])}sumologic.com`));
  def('b47c_elastic_apm_secret_token', 'elastic', true, 'https://www.elastic.co/guide/en/observability/current/apm-secret-token.html (APM Server secret_token, Authorization: Bearer; shape modelled on Elastic Cloud-generated tokens: 24 alphanumerics)',
    (r) => r.str(AL.b62, 24));
  def('b47c_honeybadger_api_key', 'honeybadger', true, 'https://docs.honeybadger.io/tools/cli/ingestion-keys/ (project API key / ingestion key hbp_..., used by apps to report errors; body length modelled)',
    (r) => `hbp_${r.str(AL.b62, 36)}`);
  plain('b47c_dd_cluster_agent_token', 'datadog', AL.b62, 32, 'https://docs.datadoghq.com/containers/cluster_agent/setup/ (clusterAgent.token / DD_CLUSTER_AGENT_AUTH_TOKEN, shared secret between node Agents and the Cluster Agent, at least 32 alphanumerics)');
  // Splunk forwarder $SPLUNK_HOME/etc/auth/splunk.secret: the key that decrypts every $7$ value on the host
  def('b47c_splunk_secret', 'splunk', true, 'https://docs.splunk.com/Documentation/Splunk/latest/Security/Deploysecurepasswordsacrossmultipleservers (splunk.secret, 254 random printable characters, decrypts the $7$ passwords in .conf files)',
    (r) => r.str(SPLUNK_SECRET_ALPHABET, 254));

  // ---------------------------------------------------------------------------------------------
  // Error tracking
  // ---------------------------------------------------------------------------------------------
  // Legacy DSNs carried a secret key: https://<public>:<secret>@host/<project>; only the secret part is confidential
  def('b47c_sentry_dsn_secret', 'sentry', true, 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (legacy DSN form https://PUBLIC:SECRET@host/PROJECT_ID; secret key 32 hex, no longer needed by SDKs but still accepted by old self-hosted servers)',
    (r) => r.hex(32));
  // New Relic browser agent: licenseKey in the loader snippet is a separate, ingest-only browser key shipped to every visitor
  def('b47c_newrelic_browser_key', 'none', false, 'https://docs.newrelic.com/docs/browser/browser-monitoring/configuration/browser-license-key-app-id/ (browser licenseKey / browser_monitoring_key in the generated JavaScript snippet, NRJS- + hex; cannot be used to derive the account license key)',
    (r) => `NRJS-${r.hex(19)}`);
  def('b47c_sentry_public_key', 'none', false, 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (DSN public key, 32 hex, safe in client code)',
    (r) => r.hex(32));
  // Relay credentials.json (relay credentials generate): Ed25519 keypair + relay id
  def('b47c_sentry_relay_secret_key', 'sentry', true, 'https://getsentry.github.io/relay/relay_auth/index.html (Relay SecretKey, Ed25519, base64url without padding in .relay/credentials.json "secret_key")',
    (r) => b64url(r.bytes(32)));
  def('b47c_sentry_relay_public_key', 'none', false, 'https://docs.sentry.io/product/relay/getting-started/ (Relay public_key, registered with the upstream; Ed25519 public key, base64url)',
    (r) => b64url(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Alerting, on-call, status pages, synthetics
  // ---------------------------------------------------------------------------------------------
  def('b47c_pagerduty_webhook_secret', 'pagerduty', true, 'https://github.com/PagerDuty/developer-docs/blob/main/docs/webhooks/04-Signatures.md (V3 webhook subscription secret used for the HMAC-SHA256 in X-PagerDuty-Signature; shape modelled: 64 characters)',
    (r) => r.str(AL.b62 + '+/', 64));
  def('b47c_pagerduty_signature', 'none', false, 'https://github.com/PagerDuty/developer-docs/blob/main/docs/webhooks/04-Signatures.md (X-PagerDuty-Signature: v1=<hex HMAC-SHA256>, a per-request digest)',
    (r) => `v1=${r.hex(64)}`);
  def('b47c_pagerduty_object_id', 'none', false, 'https://developer.pagerduty.com/api-reference/ (object ids such as PXXXXXX / Q1XXXXXXXXXXXX, upper-case alphanumerics)',
    (r) => `${r.pick(['P', 'Q'])}${r.str(AL.upperAlnum, r.pick([6, 13]))}`);
  def('b47c_statuspage_page_id', 'none', false, 'https://developer.statuspage.io/#tag/pages (page_id / component ids: 12 lower-case alphanumerics, visible in public status page URLs)',
    (r) => r.str(AL.lowerAlnum, 12));
  def('b47c_datadog_pl_access_key', 'none', false, 'https://datadoghq.dev/datadog-api-client-ruby/DatadogAPIClient/V1/SyntheticsPrivateLocationSecretsAuthentication.html (private location secrets.authentication.id, the access key id; shape modelled: 32 hex)',
    (r) => r.hex(32));
  def('b47c_datadog_pl_secret_key', 'datadog', true, 'https://datadoghq.dev/datadog-api-client-ruby/DatadogAPIClient/V1/SyntheticsPrivateLocationSecretsAuthentication.html (private location secrets.authentication.key, "Secret access key for the private location"; shape modelled: 64 hex)',
    (r) => r.hex(64));
  def('b47c_pingdom_api_token', 'pingdom', true, 'https://docs.pingdom.com/api/#section/Authentication (API 3.1 bearer token from Integrations > The Pingdom API; shape modelled: 64 URL-safe characters)',
    (r) => r.str(AL.b64url, 64));
  plain('b47c_cronitor_api_key', 'cronitor', AL.hex, 32, 'https://cronitor.io/docs/api-overview (API key sent as the basic-auth user; modelled on issued keys: 32 hex)');
  plain('b47c_k6_cloud_token', 'grafana', AL.hex, 64, 'https://grafana.com/docs/grafana-cloud/testing/k6/author-run/tokens-and-cli-authentication/ (k6 login cloud --token / K6_CLOUD_TOKEN; personal or stack token, 64 hex)');
};
