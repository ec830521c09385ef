'use strict';
/** Generators added with batch63-c: each with the URL of the documentation it follows. */
const { AL, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // osu! API: v2 OAuth clients (numeric client id, 40-character client secret shown in account settings) and
  // the legacy v1 API key (40 hex, ?k= query parameter)
  // ---------------------------------------------------------------------------------------------
  plain('b63c_osu_client_secret', 'osu', AL.b62, 40, 'https://osu.ppy.sh/docs/index.html#client-credentials-grant (client_id and client_secret of an OAuth application from osu.ppy.sh/home/account/edit; secrets are 40 alphanumerics)');
  plain('b63c_osu_v1_api_key', 'osu', AL.hex, 40, 'https://github.com/ppy/osu-api/wiki#apiget_user (k: "api key (required)", from osu.ppy.sh/p/api; 40 hex)');

  // ---------------------------------------------------------------------------------------------
  // Hypixel Public API: API-Key header, keys issued on developer.hypixel.net as UUIDs, "to remain private"
  // ---------------------------------------------------------------------------------------------
  def('b63c_hypixel_api_key', 'hypixel', true, 'https://api.hypixel.net/#section/Authentication (API-Key header; keys from the Developer Dashboard are UUIDs)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // EmailJS: public key (browser SDK init, safe to expose), private key (accessToken for REST calls from servers),
  // service_/template_ ids (identifiers)
  // ---------------------------------------------------------------------------------------------
  def('b63c_emailjs_public_key', 'emailjs', false, 'https://www.emailjs.com/docs/sdk/installation/ (emailjs.init({ publicKey }) in browser code; the Public Key identifies the account)',
    (r) => r.str(`${AL.b62}-_`, r.pick([15, 17])));
  def('b63c_emailjs_private_key', 'emailjs', true, 'https://www.emailjs.com/docs/rest-api/send/ (accessToken: "the Private Key of the account"; required when the API is used from servers)',
    (r) => r.str(`${AL.b62}-_`, 22));
  def('b63c_emailjs_id', 'none', false, 'https://www.emailjs.com/docs/sdk/send/ (serviceID and templateID such as service_xxxxxxx, template_xxxxxxx; identifiers)', (r, seed) => {
    const kind = /^t/.test(String(seed)) ? 'template' : 'service';
    return `${kind}_${r.str(AL.lowerAlnum, 7)}`;
  });

  // Formspree: the form hashid in https://formspree.io/f/<id> is a public endpoint, printed in HTML forms
  def('b63c_formspree_form_id', 'none', false, 'https://help.formspree.io/hc/en-us/articles/360017735154 (form endpoint https://formspree.io/f/{form_id}, placed in the HTML action attribute)',
    (r) => r.str(AL.lowerAlnum, 8));

  // ---------------------------------------------------------------------------------------------
  // Replit Database: REPLIT_DB_URL = https://kv.replit.com/v0/<signed JWT>; the URL alone reads and writes the store
  // ---------------------------------------------------------------------------------------------
  def('b63c_replit_db_url', 'replit', true, 'https://docs.replit.com/cloud-services/storage-and-databases/replit-database (REPLIT_DB_URL: the database URL, which includes the access token; anyone holding it can read and write)', (r) => {
    const now = 1717000000 + r.int(20000000);
    const head = b64url(JSON.stringify({ alg: 'HS512', typ: 'JWT' }));
    const body = b64url(JSON.stringify({ iat: now, iss: 'conman', database_id: uuid(r), user: r.pick(['kevmakesbots', 'mayadev', 'ggstats']), slug: r.pick(['kevbot', 'DiscordBot', 'ggstats-api']) }));
    return `https://kv.replit.com/v0/${head}.${body}.${b64url(r.bytes(64))}`;
  });

  // ---------------------------------------------------------------------------------------------
  // Lichess personal API access tokens: lip_ + 20 alphanumerics
  // ---------------------------------------------------------------------------------------------
  def('b63c_lichess_token', 'lichess', true, 'https://lichess.org/api#section/Introduction/Authentication (personal API access tokens from lichess.org/account/oauth/token, sent as Authorization: Bearer lip_...)',
    (r) => `lip_${r.str(AL.b62, 20)}`);

  // ---------------------------------------------------------------------------------------------
  // Google AI Studio (Gemini API) keys: Google Cloud API keys, AIzaSy + 33, sent as x-goog-api-key or ?key=
  // ---------------------------------------------------------------------------------------------
  def('b63c_gemini_api_key', 'gcp', true, 'https://ai.google.dev/gemini-api/docs/api-key (API key created in Google AI Studio, a Google Cloud API key; x-goog-api-key header or key= parameter)',
    (r) => `AIzaSy${r.str(`${AL.b62}-_`, 33)}`);

  // Blynk IoT template ids (BLYNK_TEMPLATE_ID "TMPL" + 8 alphanumerics): identify a template, not a device
  def('b63c_blynk_template_id', 'none', false, 'https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation (#define BLYNK_TEMPLATE_ID "TMPLxxxxxx" next to BLYNK_TEMPLATE_NAME; the token is BLYNK_AUTH_TOKEN)',
    (r) => `TMPL${r.digits(1)}${r.str(AL.b62, 7)}`);

  // ThingSpeak MQTT device credentials (client id, username, password; the password is a 24-character string)
  plain('b63c_thingspeak_mqtt_password', 'thingspeak', AL.b62, 24, 'https://www.mathworks.com/help/thingspeak/mqtt-basics.html (MQTT device: Client ID, Username and Password generated together; the password is shown once)');
  def('b63c_thingspeak_mqtt_client_id', 'none', false, 'https://www.mathworks.com/help/thingspeak/mqtt-basics.html (client id / username of an MQTT device, the same 22-character string; an identifier)',
    (r) => r.str(AL.upper, 22));

  // Spotify Web API access tokens (Bearer BQ..., one hour)
  def('b63c_spotify_access_token', 'spotify', true, 'https://developer.spotify.com/documentation/web-api/concepts/access-token (access_token e.g. "BQDBKJ5eo5jxbtpWjVOj7ryS84khybFpP_lTqzV7uV-T_m0cTfwvdn5BnBSKPxKgEb11", valid one hour)',
    (r) => `BQ${r.str(`${AL.b62}-_`, r.range(150, 170))}`);

  // Reddit OAuth2 client ids (script/installed apps): identify the app; installed apps have no secret at all
  def('b63c_reddit_client_id', 'none', false, 'https://github.com/reddit-archive/reddit/wiki/OAuth2 (client_id from prefs/apps, "the client ID", sent with the secret in Basic auth; identifier)',
    (r) => r.str(`${AL.b62}-_`, 22));

  // dreamlo free leaderboards: private code in the URL writes/deletes scores, public code reads
  const DREAMLO_DOC = 'https://dreamlo.com/developer (every leaderboard gets a Private Code to add and delete scores, "keep it secret", and a Public Code to read them; 43-char and 24-hex codes as issued)';
  plain('b63c_dreamlo_private_code', 'dreamlo', `${AL.b62}-_`, 43, DREAMLO_DOC);
  def('b63c_dreamlo_public_code', 'none', false, DREAMLO_DOC, (r) => r.hex(24));

  // Riot Games PUUIDs (78 base64url characters) and osu!/Steam ids in fixtures: identifiers
  def('b63c_riot_puuid', 'none', false, 'https://developer.riotgames.com/docs/lol#summoner-names-to-riot-ids (encrypted PUUID, 78 characters; an identifier per API key)',
    (r) => r.str(AL.b64url, 78));

  // Firebase Auth refresh tokens (securetoken.googleapis.com grant_type=refresh_token): long-lived, "AMf-vB" + ~250 URL-safe chars
  def('b63c_firebase_refresh_token', 'firebase', true, 'https://firebase.google.com/docs/reference/rest/auth#section-refresh-token (refresh_token exchanged at securetoken.googleapis.com/v1/token for a new ID token; does not expire until revoked)',
    (r) => `AMf-vB${r.str(AL.b64url, r.range(240, 260))}`);
};
