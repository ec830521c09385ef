'use strict';
/** Generators added with batch48-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Amadeus for Developers (Self-Service APIs): API Key = OAuth client_id, API Secret = client_secret,
  // exchanged at /v1/security/oauth2/token for a 30-minute bearer token
  // ---------------------------------------------------------------------------------------------
  const AMADEUS_DOC = 'https://developers.amadeus.com/self-service/apis-docs/guides/authorization (client_credentials grant: client_id = API Key, client_secret = API Secret; issued keys read 32 alphanumerics and 16 alphanumerics, access_token 28 alphanumerics)';
  def('b48a_amadeus_api_key', 'amadeus', false, `${AMADEUS_DOC}; the API Key is the client_id that identifies the app`, (r) => r.str(AL.b62, 32));
  plain('b48a_amadeus_api_secret', 'amadeus', AL.b62, 16, AMADEUS_DOC);
  plain('b48a_amadeus_access_token', 'amadeus', AL.b62, 28, AMADEUS_DOC);

  // ---------------------------------------------------------------------------------------------
  // Sabre Dev Studio REST: token credentials = base64(base64("V1:<EPR>:<PCC>:<domain>") + ":" + base64(password)),
  // exchanged at /v2/auth/token for an ATK access token that starts T1RLAQ and ends "**" (valid 7 days)
  // ---------------------------------------------------------------------------------------------
  const SABRE_CRED_DOC = 'https://developer.sabre.com/docs/read/rest_basics/authentication (Client ID V1:userid:group:domain, base64 of it and of the password joined by ":" and base64-encoded again, sent as Authorization: Basic)';
  const SABRE_TOKEN_DOC = 'https://developer.sabre.com/docs/rest_apis/session_management/token_create_api (ATK sessionless access token, "Authorization: Bearer T1RLAQ...**", also sent as wsse:BinarySecurityToken; lifetime 604800 s)';
  const pcc = (r) => r.str(AL.upperAlnum, 4);
  def('b48a_sabre_pcc', 'none', false, 'https://developer.sabre.com/guides/travel-agency/quickstart-guides/get-token (Pseudo City Code: a 3-4 character identifier of the agency)', pcc);
  def('b48a_sabre_token_credentials', 'sabre', true, SABRE_CRED_DOC, (r) => {
    const clientId = `V1:${r.digits(r.pick([5, 6]))}:${pcc(r)}:AA`;
    const password = r.str(AL.b62, r.range(8, 12));
    return b64(`${b64(clientId)}:${b64(password)}`);
  });
  def('b48a_sabre_access_token', 'sabre', true, SABRE_TOKEN_DOC,
    (r) => `T1RLAQ${r.str(AL.b62 + '+/', 6)}${r.str(AL.b64, r.range(190, 230))}**`);

  // ---------------------------------------------------------------------------------------------
  // Mews Connector API: ClientToken (per integration) and AccessToken (per enterprise), both sent in every
  // request body; shaped as 32 upper-case hex, a dash and 31 upper-case hex (see the public demo tokens)
  // ---------------------------------------------------------------------------------------------
  const MEWS_DOC = 'https://mews-systems.gitbook.io/connector-api/guidelines/environments (ClientToken and AccessToken: 32 upper-case hex + "-" + 31 upper-case hex; production tokens are issued after certification)';
  const mewsToken = (r) => `${r.str(AL.HEX, 32)}-${r.str(AL.HEX, 31)}`;
  def('b48a_mews_client_token', 'mews', true, MEWS_DOC, mewsToken);
  def('b48a_mews_access_token', 'mews', true, MEWS_DOC, mewsToken);

  // ---------------------------------------------------------------------------------------------
  // Duffel: test-mode access tokens start duffel_test_ (live ones are b39a_duffel_token); record ids are
  // <3-letter type>_0000 + 18 base62 (ord_, off_, orq_, org_, wev_, pas_, sea_)
  // ---------------------------------------------------------------------------------------------
  def('b48a_duffel_test_token', 'duffel', true, 'https://duffel.com/docs/api/overview/test-mode (testing access tokens start with duffel_test_)',
    (r) => `duffel_test_${r.str(AL.b64url, 43)}`);
  def('b48a_duffel_id', 'none', false, 'https://duffel.com/docs/api/webhooks (record ids such as ord_0000ABd6wggSct7BoraU1o, org_0000APMFjhs4X2rJ6k7UIE; identifiers)', (r, seed) => {
    const m = /^([a-z]{3})/.exec(String(seed));
    const type = m ? m[1] : r.pick(['ord', 'off', 'orq', 'pas', 'sea']);
    return `${type}_0000${r.str(AL.b62, 18)}`;
  });

  // ---------------------------------------------------------------------------------------------
  // Hotelbeds APItude: Api-key header (identifies the partner, sent in clear) and a secret that only enters
  // X-Signature = SHA256(apiKey + secret + unix seconds)
  // ---------------------------------------------------------------------------------------------
  const HB_DOC = 'https://developer.hotelbeds.com/documentation (Api-key header plus X-Signature, a SHA256 hex digest of API key + secret + timestamp; keys issued as 32 hex, secrets as 10 alphanumerics)';
  def('b48a_hotelbeds_api_key', 'hotelbeds', false, `${HB_DOC}; the key travels in clear on every request`, (r) => r.hex(32));
  plain('b48a_hotelbeds_secret', 'hotelbeds', AL.lowerAlnum, 10, HB_DOC);

  // ---------------------------------------------------------------------------------------------
  // Expedia Rapid / EAN: Authorization: EAN APIKey=<key>,Signature=<sha512 hex of key+secret+ts>,timestamp=<ts>
  // ---------------------------------------------------------------------------------------------
  const RAPID_DOC = 'https://developers.expediagroup.com/docs/products/rapid/resources/reference/signature-authentication (API key sent in the header; signature = SHA-512 hex of API key + shared secret + Unix timestamp)';
  def('b48a_expedia_api_key', 'expedia', false, `${RAPID_DOC}; the key is sent in clear, 24 lower-case alphanumerics as in the documented example`, (r) => r.str(AL.lowerAlnum, 24));
  plain('b48a_expedia_shared_secret', 'expedia', AL.b62, 13, RAPID_DOC);
  def('b48a_expedia_signature', 'none', false, `${RAPID_DOC}; a per-request digest valid for five minutes`, (r) => r.hex(128));

  // ---------------------------------------------------------------------------------------------
  // Tours and activities: Viator Partner API (exp-api-key, a UUID), FareHarbor External API (app key and user
  // key, both UUIDs, both required), Bokun (access key + secret key, HMAC-SHA1 base64 X-Bokun-Signature)
  // ---------------------------------------------------------------------------------------------
  def('b48a_viator_api_key', 'viator', true, 'https://docs.viator.com/partner-api/technical/#section/Authentication (exp-api-key request header; one key per partner account, issued as a UUID)', (r) => uuid(r));
  const FH_DOC = 'https://fareharbor.com/api/external/v1/ (X-FareHarbor-API-App and X-FareHarbor-API-User headers: the app key and the user key, issued as UUIDs)';
  def('b48a_fareharbor_app_key', 'fareharbor', true, FH_DOC, (r) => uuid(r));
  def('b48a_fareharbor_user_key', 'fareharbor', true, FH_DOC, (r) => uuid(r));
  const BOKUN_DOC = 'https://bokun.dev/booking-api-rest/vU6sCfxwYdJWd1QAcLt12i/configuring-the-platform-for-api-usage-and-authentication/sFiGRpo4detkmrZPcWtQPj (X-Bokun-AccessKey + X-Bokun-Date + X-Bokun-Signature = base64 HMAC-SHA1 over date+access key+method+path with the secret key; keys issued as 32 hex)';
  def('b48a_bokun_access_key', 'bokun', false, `${BOKUN_DOC}; the access key is sent in clear`, (r) => r.hex(32));
  plain('b48a_bokun_secret_key', 'bokun', AL.hex, 32, BOKUN_DOC);
  def('b48a_bokun_signature', 'none', false, `${BOKUN_DOC}; a per-request signature`, (r) => b64(r.bytes(20)));

  // ---------------------------------------------------------------------------------------------
  // Oracle Hospitality Integration Platform (OPERA Cloud): x-app-key is the application key from the developer
  // portal (hidden by default, re-issuable), sent with every call besides the OAuth bearer token
  // ---------------------------------------------------------------------------------------------
  def('b48a_ohip_app_key', 'oracle-hospitality', true, 'https://docs.oracle.com/en/industries/hospitality/integration-platform/ohipu/c_authenticating_to_oracle_hospitality_property_apis_ssd.htm (x-app-key: the application key registered in the OHIP developer portal, shown as a UUID; kept with the client id/secret)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Guest Wi-Fi: Cisco Meraki Dashboard API key (40 hex, admin-scoped, shown once) and network ids (public)
  // ---------------------------------------------------------------------------------------------
  const MERAKI_DOC = 'https://developer.cisco.com/meraki/api-v1/authorization (admin-scoped API key, a 40-character hex string, sent as Authorization: Bearer or X-Cisco-Meraki-API-Key)';
  plain('b48a_meraki_api_key', 'meraki', AL.hex, 40, MERAKI_DOC);
  def('b48a_meraki_network_id', 'none', false, 'https://developer.cisco.com/meraki/api-v1/get-organization-networks (network ids N_/L_ + 18 digits; identifiers)',
    (r) => `${r.pick(['L_', 'N_'])}${r.digits(18)}`);

  // ---------------------------------------------------------------------------------------------
  // Stripe Terminal at the front desk: connection tokens (pst_live_ + base64url("acct_...,<secret>") + _00 + 10 chars),
  // short-lived bearer credentials the SDK uses to reach a reader; locations tml_ and readers tmr_ are ids
  // ---------------------------------------------------------------------------------------------
  const STRIPE_TERMINAL_DOC = 'https://docs.stripe.com/api/terminal/connection_tokens/object (secret: pst_test_/pst_live_ followed by base64url of "acct_...,<random>" and a suffix)';
  def('b48a_stripe_terminal_connection_token', 'stripe', true, STRIPE_TERMINAL_DOC,
    (r) => `pst_live_${b64url(`acct_1${r.str(AL.b62, 15)},${r.str(AL.b62, 31)}`)}_00${r.str(AL.b62, 8)}`);
  def('b48a_stripe_terminal_id', 'none', false, 'https://docs.stripe.com/api/terminal/locations/object (Location ids tml_..., Reader ids tmr_...; identifiers)', (r, seed) => {
    const type = /^tmr/.test(String(seed)) ? 'tmr' : 'tml';
    return `${type}_${r.str(AL.b62, 14)}`;
  });

  // ---------------------------------------------------------------------------------------------
  // Door locks and key cards: MIFARE Classic sector keys (6 bytes, written as 12 hex) chosen per site by the lock
  // vendor; anyone holding the site's key A/B can read and clone guest cards
  // ---------------------------------------------------------------------------------------------
  plain('b48a_mifare_sector_key', 'mifare', AL.HEX, 12, 'https://www.nxp.com/docs/en/data-sheet/MF1S50YYX_V1.pdf (MIFARE Classic EV1 sector trailer: Key A and Key B, 6 bytes each, written as 12 hex digits)');

  // ---------------------------------------------------------------------------------------------
  // GDS back office: Travelport Universal API user ids (Universal API/uAPI<10 digits>-<8 hex>, an identifier;
  // the password is issued separately) and target branches (P + 7 digits)
  // ---------------------------------------------------------------------------------------------
  def('b48a_travelport_uapi_user', 'none', false, 'https://support.travelport.com/webhelp/uapi/Content/Getting_Started/Easy_Overview/Getting_Credentials.htm (User ID supplied by Travelport, e.g. Universal API/uAPI<digits>-<hex>; the password is the secret)',
    (r) => `Universal API/uAPI${r.digits(10)}-${r.hex(8)}`);
};
