'use strict';
/** Generators added with batch57-c: each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Betradar (Sportradar) Unified Odds Feed: one access token per bookmaker, used as the AMQP username on
  // mq.betradar.com and as the x-access-token header on the UOF REST API (api.betradar.com/v1/...)
  // ---------------------------------------------------------------------------------------------
  const UOF_DOC = 'https://sdk.sportradar.com/content/unifiedfeedsdk/java2/javadoc/com/sportradar/unifiedodds/sdk/cfg/TokenSetter.html (access token used for the AMQP broker and the Sports API, sent as x-access-token; issued tokens read 18 alphanumerics)';
  plain('b57c_betradar_uof_token', 'betradar', AL.b62, 18, UOF_DOC);
  def('b57c_betradar_bookmaker_id', 'none', false, `${UOF_DOC}; the bookmaker id returned by /users/whoami.xml is an identifier`, (r) => String(r.range(10000, 99999)));

  // ---------------------------------------------------------------------------------------------
  // OpticOdds: API key sent as X-Api-Key header or key query parameter (a UUID)
  // ---------------------------------------------------------------------------------------------
  def('b57c_opticodds_api_key', 'opticodds', true, 'https://developer.opticodds.com/reference/getting-started (X-Api-Key header or key query parameter; keys issued as UUIDs)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Genius Sports (betting data / Official Data Feeds): OAuth2 client credentials (client id + secret) for the
  // bearer token, plus an x-api-key gateway key per product
  // ---------------------------------------------------------------------------------------------
  const GENIUS_DOC = 'https://docs.geniussports.com/ (Betting data APIs: client_credentials grant with client_id/client_secret, and an x-api-key header on each request)';
  def('b57c_genius_client_id', 'none', false, `${GENIUS_DOC}; the client id identifies the integration`, (r) => r.str(AL.b62, 32));
  plain('b57c_genius_client_secret', 'genius-sports', `${AL.b62}-_`, 64, GENIUS_DOC);
  plain('b57c_genius_api_key', 'genius-sports', AL.b62, 40, GENIUS_DOC);

  // ---------------------------------------------------------------------------------------------
  // Veriff: API key (X-AUTH-CLIENT; also passed to the browser/mobile SDKs, so public) and shared secret key
  // (HMAC-SHA256 X-HMAC-SIGNATURE and webhook signatures), both shown as UUIDs in the Customer Portal
  // ---------------------------------------------------------------------------------------------
  def('b57c_veriff_api_key', 'veriff', false, 'https://devdocs.veriff.com/docs/javascript-sdk-guide (the integration API key is passed to the browser SDK: Veriff({ apiKey }); it only opens sessions, decisions need the shared secret)', (r) => uuid(r));
  def('b57c_veriff_shared_secret', 'veriff', true, 'https://devdocs.veriff.com/docs/hmac-authentication-and-endpoint-security (shared secret key signs X-HMAC-SIGNATURE and verifies webhooks; shown as a UUID)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Paysafe Payments API: "API key" = base64(username:password), username pmle-<digits>, password
  // B-<env>-0-<8 hex>-0-<DER signature in hex>; the Single-Use Token key of the same shape is for Paysafe.js (public)
  // ---------------------------------------------------------------------------------------------
  const PAYSAFE_DOC = 'https://developer.paysafe.com/en/api-docs/payments-api/overview/authentication/ (Basic auth with the Base64-encoded API key username:password from the Business Portal; password B-p1-0-<hex>-0-302c...)';
  const paysafePassword = (r) => `B-p1-0-${r.hex(8)}-0-302c0214${r.hex(40)}0214${r.hex(40)}`;
  const paysafeUser = (r, prefix) => `${prefix}-${r.digits(6)}`;
  def('b57c_paysafe_api_password', 'paysafe', true, PAYSAFE_DOC, paysafePassword);
  def('b57c_paysafe_api_key_b64', 'paysafe', true, PAYSAFE_DOC, (r) => b64(`${paysafeUser(r, 'pmle')}:${paysafePassword(r)}`));
  def('b57c_paysafe_sut_key_b64', 'paysafe', false, 'https://developer.paysafe.com/en/paysafe-js/setup/ (Single-Use Token API key: Base64 username:password meant for the browser; it can only create single-use tokens)',
    (r) => b64(`${paysafeUser(r, 'SUT')}:${paysafePassword(r)}`));

  // ---------------------------------------------------------------------------------------------
  // Nuvei (SafeCharge) REST API 1.0: merchantId (digits) + merchantSiteId (digits) identify; merchantSecretKey
  // enters every checksum = SHA-256(merchantId + merchantSiteId + ... + timeStamp + merchantSecretKey)
  // ---------------------------------------------------------------------------------------------
  const NUVEI_DOC = 'https://docs.nuvei.com/documentation/integration/server-to-server/ (merchantSecretKey from Control Panel > My Integration Settings, used in the SHA-256 checksum; 64 alphanumerics)';
  plain('b57c_nuvei_secret_key', 'nuvei', AL.b62, 64, NUVEI_DOC);
  def('b57c_nuvei_merchant_id', 'none', false, `${NUVEI_DOC}; merchantId is a numeric identifier`, (r) => r.digits(19));
  def('b57c_nuvei_site_id', 'none', false, `${NUVEI_DOC}; merchantSiteId is a numeric identifier`, (r) => r.digits(6));

  // ---------------------------------------------------------------------------------------------
  // Trustly North America: accessId (public, given to trustly.js) + accessKey (secret: HTTP Basic password and the
  // HMAC key of requestSignature)
  // ---------------------------------------------------------------------------------------------
  const TRUSTLY_DOC = 'https://amer.developers.trustly.com/integrate/api-fundamentals/secure-requests-and-signature-validation/generate-request-signatures (accessId + accessKey; requestSignature = HMAC-SHA1 with the accessKey)';
  def('b57c_trustly_access_id', 'trustly', false, `${TRUSTLY_DOC}; accessId is loaded in the browser with trustly.js`, (r) => r.str(AL.b62, 20));
  plain('b57c_trustly_access_key', 'trustly', AL.b62, 20, TRUSTLY_DOC);

  // ---------------------------------------------------------------------------------------------
  // PayNearMe: site_identifier (S + 10 digits, public) and the site's secret key that signs every API call
  // ---------------------------------------------------------------------------------------------
  const PNM_DOC = 'https://docs.paynearme.com/docs/api-authentication (site_identifier plus a signature computed with the secret key issued per site; secret keys read 32 hex)';
  def('b57c_paynearme_site_id', 'none', false, `${PNM_DOC}; the site identifier appears in payment URLs`, (r) => `S${r.digits(10)}`);
  plain('b57c_paynearme_secret_key', 'paynearme', AL.hex, 32, PNM_DOC);

  // ---------------------------------------------------------------------------------------------
  // GeoComply: the operator decrypts geolocation packets with an AES key and IV issued per environment
  // ---------------------------------------------------------------------------------------------
  const GEO_DOC = 'https://www.geocomply.com/products/geoguard/ (GeoComply Core integration guide: geolocation result packets are AES-CBC encrypted, the operator holds the decryption key (32 hex) and IV)';
  plain('b57c_geocomply_aes_key', 'geocomply', AL.hex, 32, GEO_DOC);
  def('b57c_geocomply_iv', 'none', false, `${GEO_DOC}; the IV is not a secret on its own`, (r) => r.hex(32));
  plain('b57c_geocomply_api_key', 'geocomply', AL.b62, 32, 'https://www.geocomply.com/ (GeoComply API key for the license-server and troubleshooting APIs; issued as 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Affiliate platforms: Cellxpert (x-api-key + affiliateid headers), Income Access (Affiliate Reporting API key),
  // GAMSTOP (X-API-Key for the national self-exclusion check)
  // ---------------------------------------------------------------------------------------------
  plain('b57c_cellxpert_api_key', 'cellxpert', AL.lowerAlnum, 32, 'https://cellxpert.com/ (Cellxpert affiliate/admin API: x-api-key header with affiliateid; keys shown in the platform as 32 lower-case alphanumerics)');
  plain('b57c_incomeaccess_api_key', 'income-access', AL.hex, 32, 'https://www.incomeaccess.com/ (Income Access (Paysafe) reporting API key for the operator back office; 32 hex)');
  plain('b57c_gamstop_api_key', 'gamstop', AL.b62, 40, 'https://www.gamstop.co.uk/ (GAMSTOP operator API: X-API-Key header issued per licensed operator for exclusion checks)');

  // ---------------------------------------------------------------------------------------------
  // Casino game aggregation / RGS: Slotegrator GIS (X-Merchant-Id + X-Sign, HMAC-SHA1 with the merchant key),
  // Pragmatic Play seamless wallet (hash = MD5(sorted params + secretKey))
  // ---------------------------------------------------------------------------------------------
  plain('b57c_slotegrator_merchant_key', 'slotegrator', AL.hex, 40, 'https://slotegrator.pro/api-integration/ (Game Integration System: X-Merchant-Id, X-Timestamp, X-Nonce, X-Sign = HMAC-SHA1 over the sorted params with the merchant key; 40 hex)');
  plain('b57c_pragmatic_secret_key', 'pragmatic-play', AL.b62, 16, 'https://www.pragmaticplay.com/en/ (Pragmatic Play Seamless Wallet API guide: hash = MD5(alphabetically sorted parameters + secret key); secureLogin identifies the operator)');

  // ---------------------------------------------------------------------------------------------
  // Betfair Exchange API: the Application Key (X-Application) identifies the app; logging in needs the account
  // password (and a client certificate for non-interactive login), which yields the session token
  // ---------------------------------------------------------------------------------------------
  def('b57c_betfair_app_key', 'betfair', false, 'https://docs.developer.betfair.com/display/1smk3cen4v3lu3yomq5qye0ni/Application+Keys (X-Application header: an application identifier sent with the X-Authentication session token; 16 alphanumerics)', (r) => r.str(AL.b62, 16));

  // ---------------------------------------------------------------------------------------------
  // Lottery terminals: double-length TDES terminal master keys (32 hex) with a key check value (6 hex, public)
  // ---------------------------------------------------------------------------------------------
  const TDES_DOC = 'https://x9.org/standards/x9-24-part-1-retail-financial-services-symmetric-key-management/ (ANSI X9.24-1: double-length TDES keys, 16 bytes written as 32 hex; the KCV is the first 3 bytes of an encrypted zero block)';
  plain('b57c_tdes_terminal_key', 'lottery-terminal', AL.HEX, 32, TDES_DOC);
  def('b57c_tdes_kcv', 'none', false, `${TDES_DOC}; a check value, not the key`, (r) => r.str(AL.HEX, 6));
};
