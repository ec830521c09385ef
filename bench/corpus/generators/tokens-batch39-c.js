'use strict';
/** Generators added with the second blind batch (batch39-c, see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

// A slice of the BIP-39 English word list (the real list has 2048 words; every word below is in it).
const BIP39_WORDS = (
  'abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid ' +
  'acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice ' +
  'aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all ' +
  'alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient ' +
  'anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple ' +
  'approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist ' +
  'artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august ' +
  'aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag ' +
  'balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach bean beauty because ' +
  'become beef before begin behave behind believe below belt bench benefit best betray better between beyond bicycle bid ' +
  'bike bind biology bird birth bitter black blade blame blanket blast bleak bless blind blood blossom blouse blue blur ' +
  'blush board boat body boil bomb bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain ' +
  'brand brass brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother brown brush ' +
  'bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus business busy butter buyer ' +
  'buzz cabbage cabin cable cactus cage cake call calm camera camp canal cancel candy cannon canoe canvas canyon wolf ' +
  'wonder wood wool word work world worry worth wrap wreck wrestle wrist write wrong yard year yellow you young youth ' +
  'zebra zero zone zoo'
).split(' ');

module.exports = function register(def, plain) {
  // ---- blockchain tooling (hardhat / foundry deploy scripts) ----
  // secp256k1 private key: 32 bytes written as 0x + 64 hex (use |slice=2- for the bare form)
  def('b39c_eth_private_key', 'ethereum', true, 'https://ethereum.org/en/developers/docs/accounts/#account-creation (private key = 64 hex characters)',
    (r) => `0x${r.hex(64)}`);
  // BIP-39 mnemonic: 12 words from the English word list (the checksum word is not modelled)
  def('b39c_bip39_mnemonic', 'ethereum', true, 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki (12-word mnemonic)',
    (r) => Array.from({ length: 12 }, () => r.pick(BIP39_WORDS)).join(' '));
  plain('b39c_infura_project_id', 'infura', AL.hex, 32, 'https://docs.metamask.io/services/get-started/infura/ (API key = 32 hex chars in the endpoint URL)');

  // ---- home automation / IoT ----
  // Home Assistant long-lived access token: an HS256 JWT whose iss is the refresh-token id (32 hex)
  def('b39c_ha_llat', 'home-assistant', true, 'https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { iss: r.hex(32), iat: epoch(r), exp: epoch(r) + 315360000 }));
  // ESPHome native API encryption key: 32 random bytes, base64 (what the dashboard generates)
  def('b39c_esphome_api_key', 'esphome', true, 'https://esphome.io/components/api.html#configuration-variables (encryption key: 32-byte base64)',
    (r) => b64(r.bytes(32)));
  // ESPHome wizard OTA password: 32 hex chars
  plain('b39c_esphome_ota_password', 'esphome', AL.hex, 32, 'https://esphome.io/components/ota/esphome.html (password; the wizard writes 32 hex chars)');
  // Adafruit IO key: aio_ + 28 alphanumerics (the key shown behind the golden key icon)
  plain('b39c_adafruit_io_key', 'adafruit', AL.b62, 28, 'https://io.adafruit.com/api/docs/#authentication (modelled on keys the console issues: aio_ + 28)', 'aio_');
  // Blynk IoT device auth token: 32 chars of [A-Za-z0-9_-]
  plain('b39c_blynk_auth_token', 'blynk', `${AL.b62}_-`, 32, 'https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation (BLYNK_AUTH_TOKEN, 32 chars)');
  // ThingSpeak channel write/read API keys: 16 uppercase alphanumerics
  plain('b39c_thingspeak_write_key', 'thingspeak', AL.upperAlnum, 16, 'https://www.mathworks.com/help/thingspeak/channel-control.html (Write API Key, 16 chars)');
  plain('b39c_thingspeak_read_key', 'thingspeak', AL.upperAlnum, 16, 'https://www.mathworks.com/help/thingspeak/channel-control.html (Read API Key of a private channel, 16 chars)');
  // Particle access token: 40 hex chars
  plain('b39c_particle_token', 'particle', AL.hex, 40, 'https://docs.particle.io/reference/cloud-apis/access-tokens/ (40 hex chars)');
  // Tuya IoT platform cloud project: Access ID 20 chars (identifier) and Access Secret 32 chars
  plain('b39c_tuya_access_secret', 'tuya', AL.lowerAlnum, 32, 'https://developer.tuya.com/en/docs/iot/authentication-method (Access Secret / Client Secret, 32 chars)');
  def('b39c_tuya_access_id', 'tuya', false, 'https://developer.tuya.com/en/docs/iot/authentication-method (Access ID / Client ID, 20 chars, identifier)', (r) => r.str(AL.lowerAlnum, 20));
  // Octopus Energy API key: sk_live_ + 24 alphanumerics (a Stripe-like prefix on an energy-supplier key)
  plain('b39c_octopus_energy_key', 'octopus-energy', AL.b62, 24, 'https://developer.octopus.energy/rest/guides/api-basics#authentication (modelled on dashboard keys: sk_live_ + 24)', 'sk_live_');
  // SmartThings personal access token: a UUID
  def('b39c_smartthings_pat', 'smartthings', true, 'https://developer.smartthings.com/docs/advanced/authorization-and-permissions#personal-access-tokens (token is a UUID)',
    (r) => uuid(r));
  // Philips Hue bridge application key ("username"): 40 chars of [A-Za-z0-9-]
  plain('b39c_hue_bridge_key', 'philips-hue', `${AL.b62}-`, 40, 'https://developers.meethue.com/develop/hue-api-v2/getting-started/ (hue-application-key, 40 chars)');
  // Pushbullet access token: o. + 32 alphanumerics
  plain('b39c_pushbullet_token', 'pushbullet', AL.b62, 32, 'https://docs.pushbullet.com/#authentication (modelled on tokens from Settings: o. + 32)', 'o.');

  // ---- notifications / productivity ----
  // Pushover application token (starts with a) and user key (starts with u): 30 chars
  plain('b39c_pushover_app_token', 'pushover', AL.b62, 29, 'https://pushover.net/api#registration (application token, 30 chars)', 'a');
  def('b39c_pushover_user_key', 'pushover', false, 'https://pushover.net/api#identifiers (user key, 30 chars, an identifier)', (r) => `u${r.str(AL.b62, 29)}`);
  plain('b39c_todoist_token', 'todoist', AL.hex, 40, 'https://developer.todoist.com/rest/v2/#authorization (personal API token, 40 hex)');
  // Trello: API key (32 hex, identifies the Power-Up) and user token (ATTA + 64 hex + 8 hex checksum-like tail)
  def('b39c_trello_api_key', 'trello', false, 'https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/ (API key identifies the app)', (r) => r.hex(32));
  def('b39c_trello_token', 'trello', true, 'https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/ (modelled on issued tokens: ATTA + 72 hex)',
    (r) => `ATTA${r.hex(64)}${r.str(AL.HEX, 8)}`);
  plain('b39c_bugzilla_api_key', 'bugzilla', AL.b62, 40, 'https://bugzilla.readthedocs.io/en/latest/api/core/v1/general.html#authentication (API key, 40 chars)');
  plain('b39c_qualtrics_token', 'qualtrics', AL.b62, 40, 'https://api.qualtrics.com/2b4ffbd8af74e-api-key-authentication (X-API-TOKEN, 40 chars)');
  // OneSignal App API key (v2): os_v2_app_ + lowercase base32
  plain('b39c_onesignal_rest_key', 'onesignal', AL.b32lower, 106, 'https://documentation.onesignal.com/docs/keys-and-ids (modelled on v2 App API keys: os_v2_app_ + base32)', 'os_v2_app_');
  // RevenueCat: secret API key sk_ (server) vs public app-specific keys appl_/goog_ (ship in apps)
  plain('b39c_revenuecat_secret', 'revenuecat', AL.b62, 28, 'https://www.revenuecat.com/docs/welcome/authentication (secret keys start with sk_)', 'sk_');
  def('b39c_revenuecat_public', 'revenuecat', false, 'https://www.revenuecat.com/docs/welcome/authentication (public app-specific keys are safe in apps)',
    (r) => `appl_${r.str(AL.b62, 27)}`);

  // ---- realtime / media ----
  // Ably API key: <app id>.<key id>:<secret>
  def('b39c_ably_api_key', 'ably', true, 'https://ably.com/docs/auth#api-key (appId.keyId:secret)',
    (r) => `${r.str(`${AL.b62}_-`, 6)}.${r.str(`${AL.b62}_-`, 6)}:${r.str(`${AL.b62}_-`, 43)}`);
  def('b39c_pubnub_secret_key', 'pubnub', true, 'https://www.pubnub.com/docs/general/basics/set-up-your-account#keyset (secret key sec-c-...)',
    (r) => `sec-c-${b64(r.bytes(36))}`);
  def('b39c_pubnub_publish_key', 'pubnub', false, 'https://www.pubnub.com/docs/general/basics/set-up-your-account#keyset (publish key, used by clients)', (r) => `pub-c-${uuid(r)}`);
  def('b39c_pubnub_subscribe_key', 'pubnub', false, 'https://www.pubnub.com/docs/general/basics/set-up-your-account#keyset (subscribe key, public)', (r) => `sub-c-${uuid(r)}`);
  plain('b39c_agora_app_certificate', 'agora', AL.hex, 32, 'https://docs.agora.io/en/video-calling/get-started/manage-agora-account#get-the-app-certificate (32 hex)');
  def('b39c_agora_app_id', 'agora', false, 'https://docs.agora.io/en/video-calling/get-started/manage-agora-account#get-the-app-id (App ID, public, 32 hex)', (r) => r.hex(32));

  // ---- gaming ----
  plain('b39c_steam_web_api_key', 'steam', AL.HEX, 32, 'https://steamcommunity.com/dev/apikey (Steam Web API key, 32 uppercase hex)');
  plain('b39c_steam_gslt', 'steam', AL.HEX, 32, 'https://steamcommunity.com/dev/managegameservers (Game Server Login Token, 32 uppercase hex)');
  def('b39c_cfx_license_key', 'cfx', true, 'https://docs.fivem.net/docs/server-manual/setting-up-a-server/ (sv_licenseKey; modelled on keymaster keys: cfxk_ + 20 + _ + 6)',
    (r) => `cfxk_${r.str(AL.b62, 20)}_${r.str(AL.b62, 6)}`);
  plain('b39c_tebex_secret', 'tebex', AL.hex, 40, 'https://docs.tebex.io/plugin/ (webstore secret key; modelled on issued keys, 40 hex)');
  plain('b39c_factorio_token', 'factorio', AL.hex, 30, 'https://wiki.factorio.com/Multiplayer#Dedicated/Headless_server (service token from player-data.json, 30 hex)');
  plain('b39c_gameanalytics_secret', 'gameanalytics', AL.hex, 40, 'https://docs.gameanalytics.com/event-tracking-and-integrations/rest-api/authentication (secret key, 40 hex)');
  def('b39c_gameanalytics_game_key', 'gameanalytics', false, 'https://docs.gameanalytics.com/event-tracking-and-integrations/rest-api/authentication (game key, identifier, 32 hex)', (r) => r.hex(32));
  plain('b39c_twitch_client_secret', 'twitch', AL.lowerAlnum, 30, 'https://dev.twitch.tv/docs/authentication/register-app/ (client secret, 30 chars)');
  def('b39c_twitch_client_id', 'twitch', false, 'https://dev.twitch.tv/docs/authentication/register-app/ (client id, public)', (r) => r.str(AL.lowerAlnum, 30));
  def('b39c_riot_api_key', 'riot', true, 'https://developer.riotgames.com/docs/portal#web-apis_api-keys (RGAPI- + UUID)', (r) => `RGAPI-${uuid(r)}`);

  // ---- developer platforms / package registries ----
  plain('b39c_deno_deploy_token', 'deno', AL.b62, 36, 'https://docs.deno.com/deploy/manual/ci_github/ (personal access tokens start with ddp_)', 'ddp_');
  def('b39c_sourcegraph_token', 'sourcegraph', true, 'https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token (tokens start with sgp_)',
    (r) => `sgp_${r.hex(16)}_${r.hex(40)}`);
  plain('b39c_clojars_token', 'clojars', AL.hex, 60, 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens (deploy tokens, CLOJARS_ + 60 hex)', 'CLOJARS_');
  plain('b39c_prefect_api_key', 'prefect', AL.b62, 36, 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys (user API keys, pnu_ + 36)', 'pnu_');
  plain('b39c_nvidia_api_key', 'nvidia', `${AL.b62}_-`, 64, 'https://docs.api.nvidia.com/nim/docs/api-quickstart (keys from build.nvidia.com start with nvapi-)', 'nvapi-');
  def('b39c_modal_token_id', 'modal', false, 'https://modal.com/docs/reference/cli/token (token id ak-..., paired with a secret)', (r) => `ak-${r.str(AL.b62, 22)}`);
  plain('b39c_modal_token_secret', 'modal', AL.b62, 22, 'https://modal.com/docs/reference/cli/token (token secret as-...)', 'as-');
  def('b39c_gradle_publish_key', 'gradle', false, 'https://docs.gradle.org/current/userguide/publishing_gradle_plugins.html (gradle.publish.key, paired with the secret)', (r) => r.str(AL.b62, 32));
  plain('b39c_gradle_publish_secret', 'gradle', AL.b62, 32, 'https://docs.gradle.org/current/userguide/publishing_gradle_plugins.html (gradle.publish.secret, 32 chars)');
  plain('b39c_develocity_access_key', 'gradle', AL.b32lower, 52, 'https://docs.gradle.com/develocity/gradle-plugin/current/#manual_access_key_configuration (modelled on issued keys, 52 base32)');
  def('b39c_sonatype_token_user', 'sonatype', false, 'https://central.sonatype.org/publish/generate-portal-token/ (user token name part)', (r) => r.str(AL.b62, 8));
  plain('b39c_sonatype_token_pass', 'sonatype', `${AL.b62}+/`, 44, 'https://central.sonatype.org/publish/generate-portal-token/ (user token password part, 44 chars)');

  // ---- data / science APIs ----
  plain('b39c_fred_api_key', 'fred', AL.hex, 32, 'https://fred.stlouisfed.org/docs/api/api_key.html (32 character lower-case alphanumeric)');
  plain('b39c_census_api_key', 'census', AL.hex, 40, 'https://api.census.gov/data/key_signup.html (40 hex)');
  plain('b39c_kaggle_key', 'kaggle', AL.hex, 32, 'https://www.kaggle.com/docs/api#authentication (kaggle.json key, 32 hex)');
  plain('b39c_nasdaq_datalink_key', 'nasdaq', `${AL.b62}_-`, 20, 'https://docs.data.nasdaq.com/docs/getting-started (API key, 20 chars)');
  def('b39c_entsoe_token', 'entsoe', true, 'https://transparency.entsoe.eu/content/static_content/Static%20content/web%20api/Guide.html#_authentication_and_authorisation (securityToken is a UUID)',
    (r) => uuid(r));
  def('b39c_alpaca_key_id', 'alpaca', false, 'https://docs.alpaca.markets/docs/authentication (APCA-API-KEY-ID, identifier)', (r) => `PK${r.str(AL.upperAlnum, 18)}`);
  plain('b39c_alpaca_secret', 'alpaca', AL.b62, 40, 'https://docs.alpaca.markets/docs/authentication (APCA-API-SECRET-KEY, 40 chars)');
  def('b39c_shinyapps_token', 'shinyapps', false, 'https://docs.posit.co/shinyapps.io/guide/getting_started/#configure-rsconnect (token, identifies the secret)', (r) => r.str(AL.HEX, 32));
  def('b39c_shinyapps_secret', 'shinyapps', true, 'https://docs.posit.co/shinyapps.io/guide/getting_started/#configure-rsconnect (secret, 40 base64 chars)', (r) => b64(r.bytes(30)));
  def('b39c_spotify_client_id', 'spotify', false, 'https://developer.spotify.com/documentation/web-api/concepts/apps (client id, public)', (r) => r.hex(32));
  plain('b39c_spotify_client_secret', 'spotify', AL.hex, 32, 'https://developer.spotify.com/documentation/web-api/concepts/apps (client secret, 32 hex)');
  plain('b39c_reddit_client_secret', 'reddit', `${AL.b62}_-`, 30, 'https://github.com/reddit-archive/reddit/wiki/OAuth2 (modelled on app secrets from prefs/apps, 30 chars)');
  plain('b39c_yelp_api_key', 'yelp', `${AL.b62}_-`, 128, 'https://docs.developer.yelp.com/docs/fusion-authentication (API key, 128 chars)');

  // ---- server-side frameworks / databases ----
  // Phoenix secret_key_base: `mix phx.gen.secret` prints 64 chars of base64
  def('b39c_phoenix_secret_key_base', 'phoenix', true, 'https://hexdocs.pm/phoenix/Mix.Tasks.Phx.Gen.Secret.html (64 chars)',
    (r) => b64(r.bytes(48)).slice(0, 64));
  // Oracle Cloud auth token: 20 random chars including punctuation
  plain('b39c_oci_auth_token', 'oracle', `${AL.b62}()+-.:;<>[]{}_`, 20, 'https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrygettingauthtoken.htm (auth token, 20 chars)');
  // SAS PROC PWENCODE {SAS002} output: reversible encoding, upper-case hex in 8-char groups
  def('b39c_sas_pwencode', 'sas', true, 'https://documentation.sas.com/doc/en/pgmsascdc/9.4_3.5/proc/p1v1sexctnpcxcn1sjytyo3ivac7.htm (PROC PWENCODE, {SAS002} method)',
    (r) => `{SAS002}${r.str(AL.HEX, 8 * r.range(4, 6))}`);
};
