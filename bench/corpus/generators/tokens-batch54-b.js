'use strict';
/** Generators added with batch54-b: each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Databento: API keys are 32-character strings starting with db- (historical, live and reference APIs)
  // ---------------------------------------------------------------------------------------------
  def('b54b_databento_api_key', 'databento', true,
    'https://databento.com/docs/api-historical/basics/authentication (each API key is a 32-character string starting with db-; env DATABENTO_API_KEY)',
    (r) => `db-${r.str(AL.b62, 29)}`);

  // ---------------------------------------------------------------------------------------------
  // Tiingo: one account token, sent as "Authorization: Token <token>" or ?token=; issued as 40 hex
  // ---------------------------------------------------------------------------------------------
  plain('b54b_tiingo_token', 'tiingo', AL.hex, 40,
    'https://www.tiingo.com/documentation/general (1.1.2 Authentication: each account is assigned an authentication token, sent as Authorization: Token; 40 hex as shown on api.tiingo.com/account/token)');

  // ---------------------------------------------------------------------------------------------
  // Tradier Brokerage API: access tokens (sandbox and brokerage) sent as Authorization: Bearer; 28 alphanumerics
  // ---------------------------------------------------------------------------------------------
  plain('b54b_tradier_access_token', 'tradier', AL.b62, 28,
    'https://documentation.tradier.com/brokerage-api/overview/authentication (Authorization: Bearer <access token>; account and sandbox tokens are 28 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // IEX Cloud (sunset 2024-08-31; configs linger): publishable pk_ tokens (public, domain-restrictable),
  // secret sk_ tokens (any action on data and account), sandbox Tpk_/Tsk_
  // ---------------------------------------------------------------------------------------------
  const IEX_DOC = 'https://github.com/iexcloud/docs/blob/main/source/administration/access-and-security.md (publishable tokens pk_..., secret tokens sk_... that must never be shared; sandbox Tpk_/Tsk_; 32 hex after the prefix)';
  def('b54b_iex_secret_token', 'iex-cloud', true, IEX_DOC, (r) => `sk_${r.hex(32)}`);
  def('b54b_iex_sandbox_secret_token', 'iex-cloud', true, IEX_DOC, (r) => `Tsk_${r.hex(32)}`);
  def('b54b_iex_publishable_token', 'iex-cloud', false, `${IEX_DOC}; publishable tokens are meant for client-side code`, (r) => `pk_${r.hex(32)}`);

  // ---------------------------------------------------------------------------------------------
  // OANDA v20: personal access token ("like a password"), Authorization: Bearer; 32 hex, a dash, 32 hex
  // ---------------------------------------------------------------------------------------------
  def('b54b_oanda_token', 'oanda', true,
    'https://developer.oanda.com/rest-live-v20/authentication (personal access token, sent as Authorization: Bearer; grants access to all sub-accounts; 32 hex + "-" + 32 hex)',
    (r) => `${r.hex(32)}-${r.hex(32)}`);
  def('b54b_oanda_account_id', 'none', false,
    'https://developer.oanda.com/rest-live-v20/account-ep/ (v20 account ids 101-004-1234567-001; identifiers)',
    (r) => `${r.pick(['101', '001'])}-${r.pick(['001', '004', '011'])}-${r.digits(7)}-${r.pick(['001', '002', '003'])}`);

  // ---------------------------------------------------------------------------------------------
  // Interactive Brokers: Flex Web Service token (t=, numeric, expires after 6 h..1 y) and Flex Query id (q=);
  // Client Portal Web API OAuth 1.0a: consumer key (9 letters, identifies the consumer), access token and
  // the RSA-encrypted access token secret (base64)
  // ---------------------------------------------------------------------------------------------
  const FLEX_DOC = 'https://www.ibkrguides.com/clientportal/performanceandstatements/flex3.htm (SendRequest?t=<token, 23 digits in the documented mask>&q=<query id, 6 digits>&v=3)';
  def('b54b_ibkr_flex_token', 'interactive-brokers', true, FLEX_DOC, (r) => r.digits(23));
  def('b54b_ibkr_flex_query_id', 'none', false, `${FLEX_DOC}; the query id names a report template`, (r) => r.digits(6));
  const IB_OAUTH_DOC = 'https://www.interactivebrokers.com/campus/ibkr-api-page/oauth-1-0a-extended/ (consumer key of 9 characters, access token, access token secret encrypted with the consumer RSA key and base64-encoded, live session token via Diffie-Hellman)';
  def('b54b_ibkr_consumer_key', 'none', false, `${IB_OAUTH_DOC}; the consumer key identifies the registered consumer`, (r) => r.str(AL.upper, 9));
  plain('b54b_ibkr_oauth_access_token', 'interactive-brokers', AL.hex, 20, IB_OAUTH_DOC);
  def('b54b_ibkr_access_token_secret', 'interactive-brokers', true, IB_OAUTH_DOC, (r) => b64(r.bytes(256)));

  // ---------------------------------------------------------------------------------------------
  // Charles Schwab Trader API: App Key (OAuth client_id, shown in the authorize URL) and Secret
  // ---------------------------------------------------------------------------------------------
  const SCHWAB_DOC = 'https://developer.schwab.com/user-guides/get-started/authenticate-with-oauth (App Key = client_id placed in the authorize URL, 32 alphanumerics; Secret = client_secret, 16 alphanumerics, sent Basic-encoded to /v1/oauth/token)';
  def('b54b_schwab_app_key', 'none', false, `${SCHWAB_DOC}; the app key is the public client id`, (r) => r.str(AL.b62, 32));
  plain('b54b_schwab_app_secret', 'schwab', AL.b62, 16, SCHWAB_DOC);
  def('b54b_schwab_refresh_token', 'schwab', true, `${SCHWAB_DOC}; refresh tokens last 7 days`,
    (r) => `${r.str(AL.b64url, 90)}@`);

  // ---------------------------------------------------------------------------------------------
  // Tradovate: accesstokenrequest body {name, password, appId, appVersion, cid, sec}; sec is the API secret (a UUID)
  // ---------------------------------------------------------------------------------------------
  def('b54b_schwab_access_token', 'schwab', true, `${SCHWAB_DOC}; access tokens last 30 minutes and read I0.<base64>@`,
    (r) => `I0.${b64(r.bytes(90))}@`);

  // ---------------------------------------------------------------------------------------------
  // Amazon SES SMTP password derived from an IAM secret access key (aws_iam_access_key.ses_smtp_password_v4)
  // ---------------------------------------------------------------------------------------------
  def('b54b_aws_ses_smtp_password', 'aws', true,
    'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html#smtp-credentials-convert (SMTP password = base64 of version byte 0x04 + HMAC-SHA256 chain over the secret key, 44 characters)',
    (r) => b64(Buffer.concat([Buffer.from([4]), r.bytes(32)])));

  def('b54b_tradovate_api_secret', 'tradovate', true,
    'https://partner.tradovate.com/api/rest-api-endpoints/authentication/access-token-request (sec: the API key secret presented once when the key is created, a UUID; cid: the numeric key id)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Bloomberg Data License REST (Hypermedia) API: a credential file downloaded from the DATA portal,
  // {"client_id": 32 hex, "client_secret": 64 hex, ...}; requests carry a JWT signed with the secret
  // ---------------------------------------------------------------------------------------------
  const BBG_DOC = 'https://developer.bloomberg.com/pages/apis/data-license (Data License REST API credential file: client_id of 32 hex and client_secret of 64 hex, used to sign a per-request JWT)';
  def('b54b_bloomberg_dl_client_id', 'none', false, `${BBG_DOC}; the client id is the JWT issuer, not a secret`, (r) => r.hex(32));
  plain('b54b_bloomberg_dl_client_secret', 'bloomberg', AL.hex, 64, BBG_DOC);

  // ---------------------------------------------------------------------------------------------
  // LSEG / Refinitiv Data Platform: App Key (client_id, 40 hex, from the App Key Generator) and Machine ID
  // (GE-A-...), whose password is the secret of the password grant
  // ---------------------------------------------------------------------------------------------
  const RDP_DOC = 'https://developers.lseg.com/en/article-catalog/article/getting-start-with-refinitiv-data-platform (password grant: username = Machine ID GE-A-xxxxxxxx-x-xxxx, password, client_id = App Key of 40 hex)';
  def('b54b_lseg_app_key', 'none', false, `${RDP_DOC}; the App Key identifies the application`, (r) => r.hex(40));
  def('b54b_lseg_machine_id', 'none', false, `${RDP_DOC}; the machine id is the user name`, (r) => `GE-A-${r.digits(8)}-3-${r.digits(4)}`);

  // ---------------------------------------------------------------------------------------------
  // Financial Modeling Prep: apikey query parameter, 32 alphanumerics
  // ---------------------------------------------------------------------------------------------
  plain('b54b_fmp_api_key', 'financialmodelingprep', AL.b62, 32,
    'https://site.financialmodelingprep.com/developer/docs (every request takes ?apikey=<your key>; keys are 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Finnhub webhooks: X-Finnhub-Secret header carries the account webhook secret (20 lower-case alphanumerics)
  // ---------------------------------------------------------------------------------------------
  plain('b54b_finnhub_webhook_secret', 'finnhub', AL.lowerAlnum, 20,
    'https://finnhub.io/docs/api/webhook (each event is sent with X-Finnhub-Secret: <secret> shown on the dashboard)');

  // ---------------------------------------------------------------------------------------------
  // Polygon.io Flat Files (S3-compatible): Access Key ID is a UUID shown next to the secret key
  // ---------------------------------------------------------------------------------------------
  def('b54b_polygon_flatfiles_key_id', 'none', false,
    'https://polygon.io/docs/flat-files/quickstart (S3 endpoint files.polygon.io, bucket flatfiles; Access Key ID (a UUID) identifies the key, the Secret Access Key authenticates)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // QuantConnect API: user id + API token (64 hex); requests send Basic userId:sha256(token:timestamp)
  // ---------------------------------------------------------------------------------------------
  const QC_DOC = 'https://www.quantconnect.com/docs/v2/cloud-platform/api-reference/authentication (API token from the account page, 64 hex; each request sends SHA-256 of "<token>:<timestamp>" with the user id and a Timestamp header)';
  plain('b54b_quantconnect_api_token', 'quantconnect', AL.hex, 64, QC_DOC);
  def('b54b_quantconnect_hashed_token', 'none', false, `${QC_DOC}; a per-request digest`, (r) => r.hex(64));
};
