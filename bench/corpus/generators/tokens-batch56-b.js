'use strict';
/** Generators added with batch56-b (maritime, shipping and ports): each with the URL of the documentation it follows. */
const { AL, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // AIS and vessel tracking data providers
  // ---------------------------------------------------------------------------------------------
  plain('b56b_marinetraffic_api_key', 'marinetraffic', AL.hex, 40,
    'https://servicedocs.marinetraffic.com/ (API key placed in the request path, e.g. /api/exportvessel/v:8/<key>; keys are 40 lower-case hex, as in the key shown in the marinetraffic gem README)');
  plain('b56b_aisstream_api_key', 'aisstream', AL.hex, 40,
    'https://aisstream.io/documentation (APIKey field of the subscription message sent on wss://stream.aisstream.io/v0/stream; issued keys are 40 lower-case hex)');
  plain('b56b_vesselfinder_userkey', 'vesselfinder', AL.HEX, 32,
    'https://api.vesselfinder.com/docs/implementation.html (userkey query parameter: "Your personal API key"; console-issued keys are upper-case hex)');
  def('b56b_datalastic_api_key', 'datalastic', true,
    'https://datalastic.com/api-reference/ (api-key query parameter on every call; the key is a UUID shown in the account dashboard)', (r) => uuid(r));
  def('b56b_spire_maritime_token', 'spire', true,
    'https://documentation.spire.com/maritime-2-0/ (Maritime 2.0 GraphQL: Authorization: Bearer <token> issued per contract; opaque 32-character alphanumeric token)',
    (r) => r.str(AL.b62, 32));

  // ---------------------------------------------------------------------------------------------
  // Container tracking APIs
  // ---------------------------------------------------------------------------------------------
  def('b56b_ship24_api_key', 'ship24', true,
    'https://docs.ship24.com/getting-started (Authorization: Bearer apik_...; documented example apik_ + 30 alphanumerics)',
    (r) => `apik_${r.str(AL.b62, 30)}`);
  plain('b56b_terminal49_api_key', 'terminal49', AL.b62, 24,
    'https://terminal49.com/docs/api-docs/getting-started/start-here (Authorization: Token <API key>; keys from the developer portal, opaque alphanumerics)');
  plain('b56b_vizion_api_key', 'vizion', AL.hex, 32,
    'https://docs.vizionapi.com/ (X-API-Key header on every request; keys issued as 32 hex)');
  plain('b56b_shipsgo_auth_code', 'shipsgo', AL.hex, 32,
    'https://api.shipsgo.com/docs/v1.2/ (authCode form/query parameter of the container tracking API; issued as 32 hex)');
  plain('b56b_iqax_subscription_key', 'iqax', AL.lowerAlnum, 32,
    'https://content.iqax.com/tnt/api/shipment_tracking.html (Ocp-Apim-Subscription-Key header; documented example is 32 lower-case alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Ocean carriers' APIs
  // ---------------------------------------------------------------------------------------------
  const MAERSK_DOC = 'https://developer.maersk.com/support/faq (Consumer-Key header identifies the app and must be kept secret; OAuth2 client credentials use the consumer key as client_id with the app secret)';
  plain('b56b_maersk_consumer_key', 'maersk', AL.b62, 32, MAERSK_DOC);
  plain('b56b_maersk_client_secret', 'maersk', AL.b62, 16, MAERSK_DOC);
  const COP_DOC = 'https://github.com/cop-cos/COP (COSCO SHIPPING Lines Open Platform: each application gets an apiKey and a secretKey; HMAC auth signs each request with the secretKey, the apiKey travels in the header)';
  def('b56b_cosco_cop_api_key', 'none', false, `${COP_DOC}; the apiKey identifies the application and cannot sign alone`, (r) => r.hex(32));
  plain('b56b_cosco_cop_secret_key', 'cosco', AL.b62, 32, COP_DOC);

  // ---------------------------------------------------------------------------------------------
  // Voyage optimisation, bunkering and marine weather
  // ---------------------------------------------------------------------------------------------
  plain('b56b_signalocean_subscription_key', 'signal-ocean', AL.hex, 32,
    'https://apis.signalocean.com/ (Signal Ocean Platform APIs behind Azure API Management: Ocp-Apim-Subscription-Key, a 32-hex subscription key)');
  plain('b56b_searoutes_api_key', 'searoutes', AL.b62, 40,
    'https://developer.searoutes.com/reference/intro/authentication (x-api-key header on api.searoutes.com; 40 alphanumerics)');
  def('b56b_stormglass_api_key', 'stormglass', true,
    'https://docs.stormglass.io/#/authentication (Authorization header carries the raw API key; keys are two UUIDs joined by a dash)',
    (r) => `${uuid(r)}-${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // Starlink maritime: Public API V2 service accounts (OAuth2 client credentials)
  // ---------------------------------------------------------------------------------------------
  const STARLINK_DOC = 'https://starlink.readme.io/docs/authentication (V2 service account: clientId + secret exchanged at https://starlink.com/api/auth/connect/token with the client_credentials grant)';
  def('b56b_starlink_client_id', 'none', false, `${STARLINK_DOC}; the client id is an identifier`, (r) => `sa-${uuid(r)}`);
  plain('b56b_starlink_client_secret', 'starlink', AL.b64url, 48, STARLINK_DOC);

  // ---------------------------------------------------------------------------------------------
  // Maritime identifiers (not secrets): MMSI, IMO numbers, ISO 6346 container numbers, AIVDM sentences
  // ---------------------------------------------------------------------------------------------
  def('b56b_mmsi', 'none', false, 'https://www.itu.int/rec/R-REC-M.585/en (MMSI: 9 digits, MID first; a public radio identity broadcast over AIS)',
    (r) => `${r.pick(['211', '219', '229', '235', '244', '255', '257', '311', '355', '477', '563', '636'])}${r.str(AL.digit, 6)}`);
  def('b56b_imo_number', 'none', false, 'https://www.imo.org/en/OurWork/MSAS/Pages/IMO-identification-number-scheme.aspx (IMO ship number: 7 digits, the last a weighted check digit)', (r) => {
    const d = [r.range(8, 9), ...Array.from({ length: 5 }, () => r.int(10))];
    const check = d.reduce((s, x, i) => s + x * (7 - i), 0) % 10;
    return `${d.join('')}${check}`;
  });
  def('b56b_container_number', 'none', false, 'https://www.bic-code.org/identification-number/ (ISO 6346: owner code + U + 6-digit serial + check digit; printed on the box)', (r) => {
    const owner = r.pick(['MSCU', 'MAEU', 'HLXU', 'CMAU', 'TGHU', 'TCLU', 'OOLU', 'SEGU', 'TWLU']);
    const serial = r.str(AL.digit, 6);
    const LETTER = {};
    for (let i = 0, v = 10; i < 26; i++, v++) {
      if (v % 11 === 0) v++; // ISO 6346 skips multiples of 11
      LETTER[String.fromCharCode(65 + i)] = v;
    }
    const val = (c) => (/\d/.test(c) ? Number(c) : LETTER[c]);
    const s = `${owner}${serial}`;
    const sum = [...s].reduce((acc, c, i) => acc + val(c) * 2 ** i, 0);
    return `${s}${(sum % 11) % 10}`;
  });
  def('b56b_aivdm_sentence', 'none', false, 'https://gpsd.gitlab.io/gpsd/AIVDM.html (NMEA 0183 AIVDM: 6-bit armoured AIS payload + XOR checksum; public broadcast data)', (r) => {
    const armour = '0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw';
    const body = `AIVDM,1,1,,${r.pick(['A', 'B'])},1${r.str(armour, 27)},0`;
    let x = 0;
    for (const c of body) x ^= c.charCodeAt(0);
    return `!${body}*${x.toString(16).toUpperCase().padStart(2, '0')}`;
  });
};
