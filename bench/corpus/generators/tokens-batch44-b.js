'use strict';
/** Generators added with batch44-b (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, der, seq, smallInt, jwt, epoch, uuid } = require('./lib');

/** SEC1 ECPrivateKey on P-521 (secp521r1, OID 1.3.132.0.35): fixed size, so always 7 PEM lines */
function ecP521Sec1Der(r) {
  const pub = Buffer.concat([Buffer.from([0x00, 0x04]), r.bytes(132)]);
  return seq(smallInt(1), der(0x04, r.bytes(66)), der(0xa0, Buffer.from('06052b81040023', 'hex')), der(0xa1, der(0x03, pub)));
}
/** SEC1 ECPrivateKey on P-256, the shape of Coinbase CDP ECDSA keys */
function ecP256Sec1Der(r) {
  const pub = Buffer.concat([Buffer.from([0x00, 0x04]), r.bytes(64)]);
  return seq(smallInt(1), der(0x04, r.bytes(32)), der(0xa0, Buffer.from('06082a8648ce3d030107', 'hex')), der(0xa1, der(0x03, pub)));
}
const pemOf = (label, buf) => `-----BEGIN ${label}-----\n${b64(buf).match(/.{1,64}/g).join('\n')}\n-----END ${label}-----`;

/** ISO 13616 IBAN with a valid mod-97 check: the seed's first two letters pick the country (GB, DE, NL, FR, IE) */
function iban(r, seed) {
  const cc = String(seed || '').slice(0, 2).toUpperCase();
  const bankCodes = { GB: ['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL'], NL: ['ABNA', 'INGB', 'RABO'], IE: ['AIBK', 'BOFI'] };
  let country = ['GB', 'DE', 'NL', 'FR', 'IE'].includes(cc) ? cc : 'GB';
  let bban;
  if (country === 'GB' || country === 'IE') bban = r.pick(bankCodes[country]) + r.str(AL.digit, 14);
  else if (country === 'NL') bban = r.pick(bankCodes.NL) + r.str(AL.digit, 10);
  else if (country === 'DE') bban = r.str(AL.digit, 18);
  else bban = r.str(AL.digit, 10) + r.str(AL.upperAlnum, 11) + r.str(AL.digit, 2);
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let mod = 0;
  for (const d of numeric) mod = (mod * 10 + Number(d)) % 97;
  return `${country}${String(98 - mod).padStart(2, '0')}${bban}`;
}

module.exports = function register(def, plain) {
  // ---- open banking: Plaid, TrueLayer, Tink, Yapily, GoCardless Bank Account Data (Nordigen) ----
  const PLAID_GLOSSARY = 'https://plaid.com/docs/quickstart/glossary/';
  def('b44b_plaid_access_token', 'plaid', true, `${PLAID_GLOSSARY} (tokens are [type]-[environment]-[uuid]; access_token does not expire and grants API access to one Item)`,
    (r) => `access-production-${uuid(r)}`);
  def('b44b_plaid_link_token', 'plaid', false, `${PLAID_GLOSSARY} (link_token: link-[environment]-[uuid], short-lived and handed to the client to open Link)`,
    (r) => `link-production-${uuid(r)}`);
  def('b44b_plaid_object_id', 'none', false, 'https://plaid.com/docs/api/items/ (item_id / account_id / transaction_id: 37 alphanumerics, identifiers)',
    (r) => r.str(AL.b62, 37));
  const TL_DOC = 'https://docs.truelayer.com/docs/sign-your-payments-requests';
  def('b44b_truelayer_client_id', 'truelayer', false, 'https://docs.truelayer.com/docs/generate-a-client-credentials-token (client_id: <environment>-<app name>-<6 hex> as shown in Console, an identifier)',
    (r, seed) => `${String(seed).startsWith('sandbox') ? 'sandbox' : ''}${String(seed).startsWith('sandbox') ? '-' : ''}${r.pick(['ledgerlark', 'ledgerlarkpis', 'llaisp'])}-${r.hex(6)}`);
  def('b44b_truelayer_client_secret', 'truelayer', true, 'https://docs.truelayer.com/docs/generate-a-client-credentials-token (client_secret, shown once in Console; GUID-shaped)',
    (r) => uuid(r));
  def('b44b_truelayer_signing_key', 'truelayer', true, `${TL_DOC} (request-signing key: ECDSA P-521 private key from openssl ecparam -name secp521r1 -genkey; SEC1 PEM, 7 lines)`,
    (r) => pemOf('EC PRIVATE KEY', ecP521Sec1Der(r)));
  def('b44b_tink_client_id', 'tink', false, 'https://docs.tink.com/resources/api-setup/set-up-your-account (client_id: 32 hex characters, an identifier)', (r) => r.hex(32));
  plain('b44b_tink_client_secret', 'tink', AL.hex, 32, 'https://docs.tink.com/resources/api-setup/set-up-your-account (client_secret: 32 hex characters, used for the client_credentials grant)');
  def('b44b_yapily_application_secret', 'yapily', true, 'https://docs.yapily.com/pages/key-concepts/authentication/ (Application Key (UUID) and Application Secret (UUID) as HTTP basic credentials)',
    (r) => uuid(r));
  plain('b44b_nordigen_secret_key', 'gocardless', AL.hex, 128, 'https://developer.gocardless.com/bank-account-data/quick-start-guide (user secrets: secret_id (UUID) and secret_key (128 hex) exchanged at /api/v2/token/new/)');
  def('b44b_nordigen_access_token', 'gocardless', true, 'https://developer.gocardless.com/bank-account-data/quick-start-guide (access token from /token/new/: an HS256 JWT with token_type access, valid 24 hours)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { token_type: 'access', exp: epoch(r) + 86400, jti: r.hex(32), id: r.range(10000, 99999), secret_id: uuid(r), allowed_cidrs: ['0.0.0.0/0', '::/0'] }));

  def('b44b_wise_api_token', 'wise', true, 'https://docs.wise.com/api-docs/features/authentication-access/personal-tokens (personal API token, UUID-shaped, sent as Bearer)', (r) => uuid(r));

  // ---- card acquiring: Checkout.com ----
  const CKO_DOC = 'https://www.checkout.com/docs/developer-resources/api/manage-api-keys/api-keys';
  def('b44b_checkout_secret_key', 'checkout', true, `${CKO_DOC} (secret API key: sk_ + 27 lower-case base32 characters; sandbox keys sk_sbox_)`,
    (r) => `sk_${r.str(AL.b32lower, 27)}`);
  def('b44b_checkout_secret_key_sbox', 'checkout', true, `${CKO_DOC} (sandbox secret API key sk_sbox_ + 27 lower-case base32 characters)`,
    (r) => `sk_sbox_${r.str(AL.b32lower, 27)}`);
  def('b44b_checkout_public_key', 'checkout', false, `${CKO_DOC} (public API key pk_ + 27 lower-case base32 characters; client-side by design)`,
    (r) => `pk_${r.str(AL.b32lower, 27)}`);
  def('b44b_checkout_processing_channel', 'checkout', false, 'https://www.checkout.com/docs/developer-resources/api/manage-api-keys (processing channel id pc_ + 26 base32 characters, an identifier)',
    (r) => `pc_${r.str(AL.b32lower, 26)}`);
  plain('b44b_checkout_webhook_auth', 'checkout', AL.b62, 36, 'https://www.checkout.com/docs/developer-resources/webhooks/manage-webhooks (webhook Authorization header key and signature key chosen when the workflow is created)');

  // ---- card issuing: Marqeta, Lithic ----
  const MQ_AUTH = 'https://www.marqeta.com/docs/core-api/authentication/';
  def('b44b_marqeta_application_token', 'marqeta', false, `${MQ_AUTH} (application token: the Basic-auth username that identifies the application)`, (r) => uuid(r));
  def('b44b_marqeta_admin_access_token', 'marqeta', true, `${MQ_AUTH} (admin access token: the static Basic-auth password with admin authorization)`, (r) => uuid(r));
  def('b44b_marqeta_basic', 'marqeta', true, `${MQ_AUTH} (HTTP Basic credentials application_token:admin_access_token; apply |b64 for the header)`, (r) => `${uuid(r)}:${uuid(r)}`);
  def('b44b_lithic_api_key', 'lithic', true, 'https://docs.lithic.com/docs/api-keys (API key sent in the Authorization header; UUID-shaped)', (r) => uuid(r));

  // ---- KYC: Onfido, Sumsub, Persona, Jumio ----
  def('b44b_onfido_api_token', 'onfido', true, 'https://documentation.identity.entrust.com/getting-started/quick-start-guide/ (API token, sent as Authorization: Token token=<token>; live tokens api_live.<11>.<32>, sandbox api_sandbox.)',
    (r) => `api_live.${r.str(AL.b64url, 11)}.${r.str(AL.b64url, 32)}`);
  plain('b44b_onfido_webhook_token', 'onfido', `${AL.b62}_-`, 32, 'https://documentation.identity.entrust.com/api/latest#webhooks (webhook token returned on creation, HMAC-SHA256 key for X-SHA2-Signature)');
  const SUMSUB_AUTH = 'https://docs.sumsub.com/reference/authentication';
  def('b44b_sumsub_app_token', 'sumsub', true, `${SUMSUB_AUTH} (X-App-Token: prd: / sbx: + 24 alphanumerics + . + 32 alphanumerics, shown once at creation)`,
    (r) => `prd:${r.str(AL.b62, 24)}.${r.str(AL.b62, 32)}`);
  plain('b44b_sumsub_secret_key', 'sumsub', AL.b62, 32, `${SUMSUB_AUTH} (secret key provided with the app token, HMAC-SHA256 key for X-App-Access-Sig)`);
  def('b44b_persona_api_key', 'persona', true, 'https://docs.withpersona.com/api-keys (environment-specific bearer key, persona_production_ / persona_sandbox_ prefix)',
    (r) => `persona_production_${uuid(r)}`);
  def('b44b_persona_webhook_secret', 'persona', true, 'https://docs.withpersona.com/webhooks (per-webhook signing secret wbhsec_..., HMAC-SHA256 over t.body for Persona-Signature)',
    (r) => `wbhsec_${uuid(r)}`);
  plain('b44b_jumio_api_secret', 'jumio', AL.b62, 32, 'https://docs.jumio.com/production/Content/References/Authentication.htm (API token (UUID) and API secret (32 alphanumerics) for Basic auth / OAuth2 client credentials)');

  // ---- accounting: Xero, QuickBooks Online, NetSuite TBA ----
  def('b44b_xero_client_id', 'xero', false, 'https://developer.xero.com/documentation/guides/oauth2/auth-flow (client id: 32 upper-case hex, an identifier)', (r) => r.str(AL.HEX, 32));
  plain('b44b_xero_client_secret', 'xero', AL.b64url, 48, 'https://developer.xero.com/documentation/guides/oauth2/auth-flow (client secret generated in the developer portal, 48 URL-safe characters)');
  def('b44b_xero_webhook_key', 'xero', true, 'https://developer.xero.com/documentation/guides/webhooks/configuring-your-server (webhooks key shown in the developer portal: HMAC-SHA256 key for x-xero-signature; base64 of 64 bytes)',
    (r) => b64(r.bytes(64)));
  const QBO = 'https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0';
  def('b44b_qbo_client_id', 'intuit', false, `${QBO} (client ID: AB + 48 alphanumerics, an identifier)`, (r) => `AB${r.str(AL.b62, 48)}`);
  def('b44b_qbo_basic', 'intuit', true, `${QBO} (token endpoint HTTP Basic credentials client_id:client_secret; apply |b64 for the header)`,
    (r) => `AB${r.str(AL.b62, 48)}:${r.str(AL.b62, 40)}`);
  plain('b44b_qbo_client_secret', 'intuit', AL.b62, 40, `${QBO} (client secret, 40 alphanumerics)`);
  def('b44b_qbo_refresh_token', 'intuit', true, `${QBO} (refresh token valid 100 days: AB11 + issue timestamp + alphanumerics)`,
    (r) => `AB11${epoch(r) + 8640000}${r.str(AL.b62, 36)}`);
  def('b44b_qbo_access_token', 'intuit', true, `${QBO} (access token valid one hour: a compact JWE with header {"enc":"A128CBC-HS256","alg":"dir"})`,
    (r) => `${b64url('{"enc":"A128CBC-HS256","alg":"dir"}')}..${b64url(r.bytes(16))}.${b64url(r.bytes(r.range(40, 48) * 16))}.${b64url(r.bytes(16))}`);
  def('b44b_qbo_webhook_verifier_token', 'intuit', true, 'https://developer.intuit.com/app/developer/qbo/docs/develop/webhooks (verifier token: the HMAC-SHA256 key for intuit-signature, UUID-shaped, shown in the app settings)',
    (r) => uuid(r));
  def('b44b_qbo_realm_id', 'none', false, `${QBO} (realmId: the company id, 16-19 digits)`, (r) => r.digits(r.range(16, 19)));
  const NS_TBA = 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4247337262.html';
  plain('b44b_netsuite_tba_secret', 'netsuite', AL.hex, 64, `${NS_TBA} (token-based authentication: consumer secret / token secret, 64 hex, shown once)`);
  def('b44b_netsuite_tba_id', 'netsuite', false, `${NS_TBA} (consumer key / token id: 64 hex, the public halves sent in the OAuth 1.0 header)`, (r) => r.hex(64));

  // ---- crypto exchanges: Binance, Kraken, Coinbase ----
  const BINANCE = 'https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security';
  plain('b44b_binance_api_key', 'binance', AL.b62, 64, `${BINANCE} (API key for X-MBX-APIKEY; the docs call both the API key and the secret key sensitive)`);
  plain('b44b_binance_secret_key', 'binance', AL.b62, 64, `${BINANCE} (HMAC secret key, 64 alphanumerics as in the documented example)`);
  const KRAKEN = 'https://docs.kraken.com/exchange/guides/rest/authentication';
  def('b44b_kraken_api_key', 'kraken', false, `${KRAKEN} (API-Key header: the public key of the key pair, 56 base64 characters)`, (r) => r.str(`${AL.b62}+/`, 56));
  def('b44b_kraken_private_key', 'kraken', true, `${KRAKEN} (private key, never sent: base64 of 64 bytes, the HMAC-SHA512 key for API-Sign)`, (r) => b64(r.bytes(64)));
  const CDP = 'https://docs.cdp.coinbase.com/coinbase-app/authentication-authorization/api-key-authentication';
  def('b44b_coinbase_cdp_key_name', 'coinbase', false, `${CDP} (API key name organizations/<uuid>/apiKeys/<uuid>, the kid of the JWT)`, (r) => `organizations/${uuid(r)}/apiKeys/${uuid(r)}`);
  def('b44b_coinbase_cdp_private_key', 'coinbase', true, `${CDP} (ECDSA API key secret: SEC1 P-256 PEM as downloaded in cdp_api_key.json, with \\n escapes, single line)`,
    (r) => `${pemOf('EC PRIVATE KEY', ecP256Sec1Der(r))}\n`.replace(/\n/g, '\\n'));
  def('b44b_coinbase_exchange_key', 'coinbase', false, 'https://docs.cdp.coinbase.com/exchange/rest-api/authentication (CB-ACCESS-KEY: 32 hex, sent with every request)', (r) => r.hex(32));
  def('b44b_coinbase_exchange_secret', 'coinbase', true, 'https://docs.cdp.coinbase.com/exchange/rest-api/authentication (API secret: base64 of 64 bytes, decoded as the HMAC-SHA256 key for CB-ACCESS-SIGN)',
    (r) => b64(r.bytes(64)));

  // ---- fraud tooling: Fingerprint (device intelligence) ----
  const FPJS = 'https://dev.fingerprint.com/docs/quick-start-guide';
  def('b44b_fpjs_public_key', 'fingerprint', false, `${FPJS} (public API key used by the browser agent, 20 alphanumerics; public by design)`, (r) => r.str(AL.b62, 20));
  plain('b44b_fpjs_secret_key', 'fingerprint', AL.b62, 20, `${FPJS} (secret API key for the Server API, sent as Auth-API-Key; 20 alphanumerics)`);
  def('b44b_maxmind_license_key', 'maxmind', true, 'https://dev.maxmind.com/geoip/updating-databases (license key: 6 alphanumerics, _, 29 alphanumerics, _mmk)',
    (r) => `${r.str(AL.b62, 6)}_${r.str(AL.b62, 29)}_mmk`);

  // ---- banking back office: SWIFT, payment HSMs, EBICS, ISO 20022 ----
  plain('b44b_swift_lau_half', 'swift', `${AL.b62}`, 16, 'https://www2.swift.com/knowledgecentre (Alliance Access LAU: Local Authentication key entered as left and right halves of 16 characters each, HMAC-SHA256 between Alliance and back office)');
  const SWIFT_DEV = 'https://developer.swift.com/oauth-token-and-authentication';
  def('b44b_swift_consumer_key', 'swift', false, `${SWIFT_DEV} (app consumer key, 32 alphanumerics: the OAuth client id)`, (r) => r.str(AL.b62, 32));
  plain('b44b_swift_consumer_secret', 'swift', AL.b62, 16, `${SWIFT_DEV} (app consumer secret, 16 alphanumerics, sent with the consumer key as Basic credentials to the token endpoint)`);
  def('b44b_zmk_component', 'payshield', true, 'https://www.thalesdocs.com/ (payShield key ceremony: clear key component of a double-length ZMK, 32 hex digits printed in groups of four)',
    (r) => r.str(AL.HEX, 32).match(/.{4}/g).join(' '));
  def('b44b_hsm_cryptogram', 'none', false, 'https://www.thalesdocs.com/ (key encrypted under the LMK or a ZMK: key-scheme letter U/X/T + 32 hex; a cryptogram, useless without the HSM)',
    (r, seed) => `${/^[UXT]/.test(String(seed)) ? String(seed)[0] : 'U'}${r.str(AL.HEX, 32)}`);
  def('b44b_kcv', 'none', false, 'https://www.thalesdocs.com/ (key check value: first 6 hex digits of the encryption of zeros; verifies a key, reveals nothing)',
    (r) => r.str(AL.HEX, 6));
  def('b44b_ebics_hash', 'none', false, 'https://www.ebics.org/en/technical-information (bank key hash values of X002/E002 shown on the INI letter: SHA-256 in hex pairs, public)',
    (r) => r.str(AL.HEX, 64).match(/.{2}/g).join(' '));
  def('b44b_iban', 'none', false, 'https://www.iso13616.org/ (IBAN with valid mod-97 check digits; an account identifier, not a credential)', iban);
  def('b44b_fin_chk', 'none', false, 'https://www2.swift.com/knowledgecentre (FIN trailer {CHK:...}: 12 hex checksum of the message, not a key)', (r) => r.str(AL.HEX, 12));
  def('b44b_uetr', 'none', false, 'https://www.swift.com/our-solutions/swift-gpi (UETR: unique end-to-end transaction reference, a UUID v4)', (r) => uuid(r));
};
