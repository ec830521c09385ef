'use strict';
/** Generators added with batch46-c (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid, wrap } = require('./lib');

/** Ed25519 private key in PKCS#8 (RFC 8410 section 7): fixed 16-byte prefix + 32-byte seed, one base64 line */
function ed25519Pkcs8(r) {
  const derBuf = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), r.bytes(32)]);
  return `-----BEGIN PRIVATE KEY-----\n${wrap(b64(derBuf), 64)}\n-----END PRIVATE KEY-----`;
}
/** Mongo-style 24-hex object ids, as Mender uses for tenants, users and devices */
const oid = (r) => r.hex(24);

module.exports = function register(def, plain) {
  // ---- LoRaWAN network servers: The Things Stack, ChirpStack ----
  const TTS_AUTH = 'https://www.thethingsindustries.com/docs/api/concepts/auth/';
  def('b46c_tts_api_key', 'thethingsstack', true, `${TTS_AUTH} (API key <token-type>.<token-id>.<token-secret>: NNSXS, 39-char id, 52-char secret, base32 upper-case)`,
    (r) => `NNSXS.${r.str(AL.b32, 39)}.${r.str(AL.b32, 52)}`);
  def('b46c_chirpstack_api_token', 'chirpstack', true, 'https://www.chirpstack.io/docs/chirpstack/api/api.html (API keys created under API keys are HS256 JWTs with aud/iss chirpstack, sub = key id, typ key; sent as authorization: Bearer)',
    (r) => jwt(r, { typ: 'JWT', alg: 'HS256' }, { aud: 'chirpstack', iss: 'chirpstack', sub: uuid(r), typ: 'key' }));

  // ---- OTA and device management: Mender, Memfault, balena, Golioth, Foxglove ----
  const MENDER_TT = 'https://docs.mender.io/client-installation/configuration-file/configuration-options#tenanttoken';
  def('b46c_mender_tenant_token', 'mender', true, `${MENDER_TT} (organization token: an RS256 JWT whose claims carry mender.tenant; lets any device request admission to the tenant)`,
    (r) => jwt(r, { alg: 'RS256', typ: 'JWT' }, { 'mender.tenant': oid(r), iss: 'Mender', sub: oid(r) }, 256));
  def('b46c_mender_pat', 'mender', true, 'https://docs.mender.io/server-integration/using-the-apis#personal-access-tokens (personal access token: an RS256 JWT with scp mender.*, sent as Authorization: Bearer)',
    (r) => jwt(r, { alg: 'RS256', kid: String(r.range(1, 9)), typ: 'JWT' }, { jti: uuid(r), sub: uuid(r), exp: epoch(r) + 31536000, iat: epoch(r), 'mender.tenant': oid(r), 'mender.user': true, iss: 'hosted.mender.io', scp: 'mender.*', 'mender.plan': 'professional', 'mender.trial': false, nbf: epoch(r) }, 256));
  def('b46c_mender_device_id', 'none', false, 'https://docs.mender.io/overview/device-authentication (device and tenant ids: 24-hex object ids, identifiers)', oid);
  def('b46c_memfault_project_key', 'memfault', false, 'https://docs.memfault.com/docs/platform/data-routes (Project Key: write-only key compiled into every device image to post chunks, sent as Memfault-Project-Key; 32 hex)',
    (r) => r.hex(32));
  plain('b46c_memfault_org_token', 'memfault', AL.b62, 40, 'https://docs.memfault.com/docs/ci/authentication (Organization Auth Token: Project Manager access to every project, Basic-auth password with an empty user or Bearer; shape of tokens the dashboard issues)');
  plain('b46c_memfault_user_api_key', 'memfault', AL.hex, 32, 'https://docs.memfault.com/docs/ci/authentication (User API Key from My Profile, the Basic-auth password next to the user e-mail)');
  plain('b46c_balena_api_key', 'balena', AL.b62, 32, 'https://docs.balena.io/reference/balena-cli/latest/#api-key-generate (named API key from balena api-key generate / the dashboard, used with balena login --token or Authorization: Bearer)');
  plain('b46c_balena_device_api_key', 'balena', AL.hex, 32, 'https://github.com/balena-io-modules/balena-register-device (deviceApiKey in config.json: 32 hex from generateUniqueKey, authenticates the device to the API)');
  def('b46c_balena_device_uuid', 'none', false, 'https://github.com/balena-io-modules/balena-register-device (device uuid: 32 hex, an identifier shown in the dashboard)', (r) => r.hex(32));
  plain('b46c_golioth_api_key', 'golioth', AL.b62, 32, 'https://docs.golioth.io/reference/management-api/ (project API key sent as x-api-key to api.golioth.io)');
  plain('b46c_golioth_psk', 'golioth', AL.hex, 32, 'https://github.com/golioth/golioth-zephyr-sdk/blob/main/samples/lightdb_led/README.rst (device pre-shared key for DTLS, paired with a PSK-ID <device>@<project>)');
  def('b46c_foxglove_api_key', 'foxglove', true, 'https://docs.foxglove.dev/docs/api/ (organization API key, Authorization: Bearer fox_sk_...)',
    (r) => `fox_sk_${r.str(AL.b62, 32)}`);
  def('b46c_foxglove_device_token', 'foxglove', true, 'https://docs.foxglove.dev/docs/device-tokens (device token for the Foxglove Agent / remote access gateway, FOXGLOVE_DEVICE_TOKEN; fox_dt prefix as in the SDK examples)',
    (r) => `fox_dt_${r.str(AL.b62, 32)}`);

  // ---- cellular / asset-tracking clouds: nRF Cloud, Blues Notehub, Arduino Cloud ----
  plain('b46c_nrfcloud_api_key', 'nordic', AL.hex, 40, 'https://docs.memfault.com/docs/nrfcloud/rest-overview (legacy nRF Cloud REST API key, Authorization: Bearer; 40 hex)');
  plain('b46c_notehub_client_secret', 'blues', AL.b62, 32, 'https://dev.blues.io/reference/notehub-api/api-introduction/ (client_secret of a project\'s Programmatic API access, exchanged at /oauth2/token)');
  def('b46c_arduino_client_id', 'arduino', false, 'https://docs.arduino.cc/arduino-cloud/api/arduino-iot-api (API key Client ID: 32 upper-case alphanumerics, the client_id of the client_credentials grant)',
    (r) => r.str(AL.upperAlnum, 32));
  plain('b46c_arduino_client_secret', 'arduino', AL.b62, 64, 'https://docs.arduino.cc/arduino-cloud/api/arduino-iot-api (API key Client Secret shown once with the Client ID)');
  plain('b46c_arduino_device_secret', 'arduino', AL.upperAlnum, 20, 'https://docs.arduino.cc/arduino-cloud/hardware/esp32/ (Secret Key shown once when an ESP32/ESP8266 device is added; SECRET_DEVICE_KEY in arduino_secrets.h)');

  // ---- desktop companion apps: Keygen licensing, Aptabase telemetry ----
  const KEYGEN = 'https://keygen.sh/docs/api/tokens/';
  def('b46c_keygen_product_token', 'keygen', true, `${KEYGEN} (product token: full management of a product's licenses, server-side only; prod- + 64 hex + v3)`,
    (r) => `prod-${r.hex(64)}v3`);
  def('b46c_keygen_activation_token', 'keygen', true, `${KEYGEN} (license activation token: activ- + 64 hex + v3, limited machine activations)`,
    (r) => `activ-${r.hex(64)}v3`);
  def('b46c_keygen_verify_key', 'none', false, 'https://keygen.sh/docs/api/signatures/ (account Ed25519 verify key, 64 hex; public by design)', (r) => r.hex(64));
  def('b46c_aptabase_app_key', 'none', false, 'https://www.npmjs.com/package/@aptabase/electron (App Key A-<region>-<10 digits>: client-side ingest identifier)',
    (r) => `A-${r.pick(['EU', 'US'])}-${r.digits(10)}`);

  // ---- build and bench infrastructure ----
  plain('b46c_jenkins_agent_secret', 'jenkins', AL.hex, 64, 'https://www.jenkins.io/doc/book/managing/nodes/#launching-inbound-agents (inbound agent secret: 64 hex HMAC of the agent name, passed as -secret)');

  // ---- vehicles, drones, BLE and device crypto ----
  plain('b46c_mavlink_signing_key', 'mavlink', AL.hex, 64, 'https://mavlink.io/en/guide/message_signing.html (MAVLink 2 signing: 32-byte secret key shared by vehicle and GCS, hex)');
  plain('b46c_ble_ltk', 'bluetooth', AL.HEX, 32, 'https://github.com/bluez/bluez/blob/master/doc/settings-storage.txt ([LongTermKey] / [LinkKey] Key=: 128-bit pairing key as 32 upper-case hex)');
  plain('b46c_uds_sa_key', 'generic', AL.HEX, 32, 'https://www.iso.org/standard/72439.html (ISO 14229-1 SecurityAccess 0x27: ECU-specific seed-to-key secret, here an AES-128 key as 32 hex)');
  def('b46c_ed25519_pem', 'private-key', true, 'https://datatracker.ietf.org/doc/html/rfc8410#section-7 (Ed25519 private key as PKCS#8 PEM, the kind imgtool keygen -t ed25519 writes; 3 lines)', ed25519Pkcs8);
  def('b46c_esp_prov_pop', 'espressif', true, 'https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/provisioning/wifi_provisioning.html (proof-of-possession string for Security 1 provisioning; knowing it lets anyone in BLE range provision the device)',
    (r) => r.str(AL.b62, 16));
  def('b46c_hsm_pin', 'generic', true, 'https://datatracker.ietf.org/doc/html/rfc7512#section-2.3 (PKCS#11 token user PIN, pin-value in a PKCS#11 URI; numeric)', (r) => r.digits(8));
  plain('b46c_uptane_client_secret', 'uptane', AL.b62, 40, 'https://github.com/uptane/aktualizr/blob/master/docs/ota-client-guide/modules/ROOT/pages/provisioning-methods-and-credentialszip.adoc (treehub.json oauth2 client_secret inside credentials.zip, used to push OSTree objects)');
};
