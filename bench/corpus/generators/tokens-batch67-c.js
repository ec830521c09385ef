'use strict';
/** Generators added with batch67-c (consumer IoT and smart-home cloud backends): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Tuya: device local key (AES key of the LAN protocol 3.3+, 16 printable characters, returned by the cloud's
  // device-details API), cloud access/refresh tokens (32 hex, 2-hour access token), device ids (identifiers)
  // ---------------------------------------------------------------------------------------------
  const TUYA_LOCAL = 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys (LOCAL_KEY: the 16-character security key that encrypts and decrypts LAN traffic of protocol 3.3+ devices; also https://github.com/make-all/tuya-local/blob/main/DEVICE_DETAILS.md)';
  def('b67c_tuya_local_key', 'tuya', true, TUYA_LOCAL, (r) => r.str(`${AL.b62}!$%&*+-.:;<=>?@^_~`, 16));
  const TUYA_TOKEN = 'https://developer.tuya.com/en/docs/cloud/6c1636a9bd?id=Ka7kjumkoa53v (GET /v1.0/token: access_token valid 7200 s and refresh_token; issued as 32 hex)';
  plain('b67c_tuya_access_token', 'tuya', AL.hex, 32, TUYA_TOKEN);
  plain('b67c_tuya_refresh_token', 'tuya', AL.hex, 32, TUYA_TOKEN);
  def('b67c_tuya_device_id', 'none', false, 'https://github.com/make-all/tuya-local/blob/main/DEVICE_DETAILS.md (Device ID shown in the developer portal, 20-22 characters such as bf + 20 lower-case alphanumerics; an identifier)',
    (r) => `${r.pick(['bf', 'eb', '20'])}${r.str(AL.lowerAlnum, 20)}`);

  // ---------------------------------------------------------------------------------------------
  // ThingsBoard: device access token (20 alphanumerics in the docs' example sLzc0gDAZPkGMzFVTyUY), device-profile
  // provisioning key (identifies the profile) and provisioning secret (authenticates the provision request)
  // ---------------------------------------------------------------------------------------------
  const TB_PROV = 'https://thingsboard.io/docs/user-guide/device-provisioning/';
  def('b67c_thingsboard_access_token', 'thingsboard', true, `${TB_PROV} (credentialsValue / accessToken: 20 alphanumerics; the only credential of an access-token device, sent as MQTT user name or in the HTTP URL)`,
    (r) => r.str(AL.b62, 20));
  def('b67c_thingsboard_provision_key', 'none', false, `${TB_PROV} (provisionDeviceKey: selects the device profile; 20 lower-case alphanumerics as the UI generates; the secret half is provisionDeviceSecret)`,
    (r) => r.str(AL.lowerAlnum, 20));
  def('b67c_thingsboard_provision_secret', 'thingsboard', true, `${TB_PROV} (provisionDeviceSecret: lets any holder register devices into the profile; 20 lower-case alphanumerics)`,
    (r) => r.str(AL.lowerAlnum, 20));

  // ---------------------------------------------------------------------------------------------
  // SmartThings: OAuth-In / webhook SmartApp OAuth client (client id and secret issued as UUIDs by
  // `smartthings apps:oauth:generate`); Schema connector client secret from Developer Workspace
  // ---------------------------------------------------------------------------------------------
  def('b67c_smartthings_client_secret', 'smartthings', true, 'https://developer.smartthings.com/docs/connected-services/oauth-integrations (OAuth-In SmartApp: oauthClientId and oauthClientSecret returned by the CLI, both UUIDs; the secret is shown once)',
    (r) => uuid(r));
  def('b67c_smartthings_client_id', 'none', false, 'https://developer.smartthings.com/docs/connected-services/oauth-integrations (oauthClientId: a UUID identifying the app)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Alexa: skill ids and user ids (identifiers)
  // ---------------------------------------------------------------------------------------------
  def('b67c_alexa_skill_id', 'none', false, 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/handle-requests-sent-by-alexa.html (applicationId amzn1.ask.skill.<uuid>; an identifier checked by the skill)',
    (r) => `amzn1.ask.skill.${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // AWS IoT Core: certificate ids (SHA-256 fingerprint, 64 hex) and the account's ATS data endpoint (identifiers)
  // ---------------------------------------------------------------------------------------------
  def('b67c_aws_iot_cert_id', 'none', false, 'https://docs.aws.amazon.com/iot/latest/apireference/API_Certificate.html (certificateId: 64 hex characters, the certificate fingerprint; an identifier)', (r) => r.hex(64));
  def('b67c_aws_iot_endpoint', 'none', false, 'https://docs.aws.amazon.com/iot/latest/developerguide/iot-connect-devices.html (device data endpoint <prefix>-ats.iot.<region>.amazonaws.com; public host name)',
    (r) => `${r.str(AL.lowerAlnum, 14)}-ats.iot.${r.pick(['us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1'])}.amazonaws.com`);

  // ---------------------------------------------------------------------------------------------
  // Particle: device ids (24 hex, identifiers) and OAuth client secrets (created with POST /v1/clients)
  // ---------------------------------------------------------------------------------------------
  def('b67c_particle_device_id', 'none', false, 'https://docs.particle.io/reference/cloud-apis/api/#list-devices (device id: 24 hex characters; an identifier)', (r) => r.hex(24));
  plain('b67c_particle_oauth_client_secret', 'particle', AL.hex, 40, 'https://docs.particle.io/reference/cloud-apis/api/#create-an-oauth-client (OAuth client secret returned once by POST /v1/clients; 40 hex like the access tokens)');

  // ---------------------------------------------------------------------------------------------
  // Espressif: flash encryption key (256-bit, espsecure.py generate_flash_encryption_key) written as hex
  // ---------------------------------------------------------------------------------------------
  plain('b67c_esp_flash_encryption_key', 'espressif', AL.hex, 64, 'https://docs.espressif.com/projects/esp-idf/en/stable/esp32/security/flash-encryption.html (host-generated flash encryption key, 256 bits; whoever holds it decrypts every device image burned with it)');

  // ---------------------------------------------------------------------------------------------
  // Home Assistant: refresh tokens and their per-token jwt_key in .storage/auth (secrets.token_hex(64): 128 hex)
  // ---------------------------------------------------------------------------------------------
  const HA_AUTH = 'https://github.com/home-assistant/core/blob/dev/homeassistant/auth/models.py (RefreshToken.token and RefreshToken.jwt_key: secrets.token_hex(64), 128 hex; the jwt_key signs every access token of that refresh token)';
  plain('b67c_ha_refresh_token', 'home-assistant', AL.hex, 128, HA_AUTH);
  plain('b67c_ha_jwt_key', 'home-assistant', AL.hex, 128, HA_AUTH);

  // ---------------------------------------------------------------------------------------------
  // Azure IoT Hub DPS: ID scope (public, printed on device labels in docs) 
  // ---------------------------------------------------------------------------------------------
  def('b67c_dps_id_scope', 'none', false, 'https://learn.microsoft.com/en-us/azure/iot-dps/concepts-service#id-scope (ID scope 0ne + 8 hex, identifies the DPS instance; not a credential)',
    (r) => `0ne${r.str(AL.HEX, 8)}`);

  // ---------------------------------------------------------------------------------------------
  // Mosquitto password file: $7$<iterations>$<base64 salt>$<base64 PBKDF2-SHA512 hash> (a server-side hash)
  // ---------------------------------------------------------------------------------------------
  def('b67c_mosquitto_pbkdf2_hash', 'none', false, 'https://mosquitto.org/man/mosquitto_passwd-1.html (mosquitto 2.0 password file entries: $7$ PBKDF2-SHA512 with 101 iterations, base64 salt and hash; stored hashes, not credentials)',
    (r) => `$7$101$${b64(r.bytes(12))}$${b64(r.bytes(64))}`);

  // ---------------------------------------------------------------------------------------------
  // Nordic nRF Cloud device ids (nrf-<IMEI>): identifiers
  // ---------------------------------------------------------------------------------------------
  def('b67c_nrfcloud_device_id', 'none', false, 'https://docs.nordicsemi.com/bundle/nrf-cloud/page/Devices/Properties/DeviceIDs.html (device id nrf-<15-digit IMEI> by default; an identifier)',
    (r) => `nrf-35${r.str(AL.digit, 13)}`);

  // ---------------------------------------------------------------------------------------------
  // Vendor-side shared secrets with no provider format: HMAC keys for request signing, hex-encoded
  // ---------------------------------------------------------------------------------------------
  plain('b67c_hmac_key_hex', 'generic', AL.hex, 64, 'https://datatracker.ietf.org/doc/html/rfc2104 (HMAC-SHA256 shared key, 32 random bytes written as hex; authenticates whoever holds it)');
  def('b67c_iothub_expired_sas_sig', 'none', false, 'https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas#sas-token-structure (sig = URL-encoded base64 HMAC-SHA256 over resource URI and expiry; once se has passed the token is refused, so a logged expired signature grants nothing)',
    (r) => encodeURIComponent(b64(r.bytes(32))));
  plain('b67c_oauth_refresh_token', 'generic', AL.b64url, 43, 'https://datatracker.ietf.org/doc/html/rfc6749#section-1.5 (opaque refresh token of a vendor\'s own OAuth server: 32 random bytes base64url-encoded, exchanged at the token endpoint for new access tokens)');
  plain('b67c_aws_apigw_api_key', 'aws', AL.b62, 40, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html (API key sent as x-api-key; generated values are 40 alphanumerics; AWS warns they are not an authorization mechanism, but they meter and unlock the usage plan)');
  def('b67c_cognito_refresh_token', 'aws', true, 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html (user pool refresh token: an encrypted JWE, header {"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}, five base64url parts; valid 30 days by default)',
    (r) => `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${r.str(AL.b64url, 342)}.${r.str(AL.b64url, 16)}.${r.str(AL.b64url, r.range(1400, 1700))}.${r.str(AL.b64url, 22)}`);
  def('b67c_thingsboard_jwt_signing_key', 'thingsboard', true, 'https://thingsboard.io/docs/user-guide/install/config/ (JWT_TOKEN_SIGNING_KEY: base64-encoded HMAC key signing every user JWT; the shipped default is public and must be replaced)',
    (r) => b64(r.bytes(64)));
  plain('b67c_thread_network_key', 'thread', AL.hex, 32, 'https://openthread.io/reference/cli/commands#dataset-networkkey (Thread Network Key: 16 bytes as 32 hex digits; whoever holds it joins the mesh and decrypts its traffic)');
};
