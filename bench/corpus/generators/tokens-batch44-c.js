'use strict';
/** Generators added with batch44-c (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, jwt, epoch, uuid } = require('./lib');

// ---- NATS nkeys: base32 (RFC 4648, no padding) of prefix byte(s) + 32-byte key + CRC16 (XMODEM, little endian) ----
function crc16xmodem(buf) {
  let crc = 0;
  for (const byte of buf) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
function base32(buf) {
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const byte of buf) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += AL.b32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= 0xff;
  }
  if (bits) out += AL.b32[(acc << (5 - bits)) & 31];
  return out;
}
const NKEY_PREFIX = { O: 14 << 3, A: 0, U: 20 << 3, N: 13 << 3 };
function nkeyWithCrc(bytes) {
  const crc = crc16xmodem(bytes);
  return base32(Buffer.concat([bytes, Buffer.from([crc & 0xff, crc >> 8])]));
}
function nkeySeed(r, type) {
  const p = NKEY_PREFIX[type];
  const head = Buffer.from([(18 << 3) | (p >> 5), (p & 31) << 3]);
  return nkeyWithCrc(Buffer.concat([head, r.bytes(32)]));
}
function nkeyPublic(r, type) {
  return nkeyWithCrc(Buffer.concat([Buffer.from([NKEY_PREFIX[type]]), r.bytes(32)]));
}
const NATS_DOC = 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth (nkeys: ed25519 keys encoded as base32 of a prefix byte, the 32-byte key and a CRC16; seeds start with S + the key type, e.g. SU for users, SA for accounts; public keys start with U, A, O, N)';

module.exports = function register(def, plain) {
  // ---- NATS ---------------------------------------------------------------------------------
  def('b44c_nats_user_seed', 'nats', true, `${NATS_DOC}; https://docs.nats.io/using-nats/developer/connecting/creds (the USER NKEY SEED block of a .creds file, 58 characters starting SU)`,
    (r) => nkeySeed(r, 'U'));
  // public nkeys: the seed picks the type (U, A, O, N); identifiers, not secrets
  def('b44c_nats_public_key', 'none', false, `${NATS_DOC} (public nkeys, 56 characters; identifiers that appear in JWTs and server configs)`,
    (r, seed) => nkeyPublic(r, 'UAON'.includes(String(seed)[0]) ? String(seed)[0] : 'U'));
  // user/account/operator JWT: header {"typ":"JWT","alg":"ed25519-nkey"}, claims naming public nkeys; signed, not secret by itself
  def('b44c_nats_jwt', 'none', false, 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/jwt (NATS JWTs are signed public claims; the user authenticates by signing a nonce with the nkey seed kept beside it)',
    (r, seed) => jwt(r, { typ: 'JWT', alg: 'ed25519-nkey' }, {
      jti: base32(r.bytes(32)).slice(0, 52), iat: epoch(r), iss: nkeyPublic(r, String(seed).startsWith('op') ? 'O' : 'A'),
      name: String(seed).replace(/^#\d+$/, 'svc'), sub: nkeyPublic(r, String(seed).startsWith('op') ? 'O' : 'U'),
      nats: { pub: {}, sub: {}, subs: -1, data: -1, payload: -1, type: String(seed).startsWith('op') ? 'operator' : 'user', version: 2 },
    }, 64));

  // ---- Apache Pulsar token authentication ---------------------------------------------------
  def('b44c_pulsar_token', 'pulsar', true, 'https://pulsar.apache.org/docs/next/security-jwt/ (client tokens are JWTs whose sub is the role, created with `pulsar tokens create --secret-key ... --subject <role>`; HS256 with a secret key)',
    (r, seed) => jwt(r, { alg: 'HS256' }, { sub: /^#\d+$/.test(String(seed)) ? 'sms-router' : String(seed) }, 32));
  def('b44c_pulsar_secret_key', 'pulsar', true, 'https://pulsar.apache.org/docs/next/security-jwt/#create-a-secret-key (`pulsar tokens create-secret-key --output my-secret.key --base64`: 32 random bytes, base64; set as tokenSecretKey=data:;base64,...)',
    (r) => b64(r.bytes(32)));

  // ---- Kafka --------------------------------------------------------------------------------
  // Strimzi KafkaUser secrets carry the password and a ready sasl.jaas.config; the seed is the user name
  def('b44c_kafka_scram_jaas', 'kafka', true, 'https://strimzi.io/docs/operators/latest/configuring.html#con-securing-client-authentication-str (SCRAM-SHA-512 user Secret: password, 32 random letters and digits by default, and sasl.jaas.config = ScramLoginModule required username=... password=...;)',
    (r, seed) => `org.apache.kafka.common.security.scram.ScramLoginModule required username="${/^#\d+$/.test(String(seed)) ? 'client' : seed}" password="${r.str(AL.b62, 32)}";`);

  // ---- SIP / VoIP ---------------------------------------------------------------------------
  // HA1 = MD5(username:realm:password) (RFC 2617 3.2.2.2): digest auth only needs HA1, so a stored HA1 is password-equivalent
  plain('b44c_sip_ha1', 'sip', AL.hex, 32, 'https://datatracker.ietf.org/doc/html/rfc2617#section-3.2.2.2 (HA1 = MD5(username:realm:password), stored by Asterisk md5secret / Kamailio subscriber.ha1 and sufficient to answer any digest challenge)');
  def('b44c_sip_digest_nonce', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc3261#section-22.4 (server nonce in a WWW-Authenticate challenge; public, single-use)',
    (r) => r.hex(r.pick([8, 32])));
  // SMPP v3.4 bind password: C-Octet String of at most 9 octets including the NUL, so 8 characters
  plain('b44c_smpp_password', 'smpp', `${AL.b62}#$%*!`, 8, 'https://smpp.org/SMPP_v3_4_Issue1_2.pdf (section 4.1.1 bind_transmitter: password, Var. max 9 C-Octet String, used with system_id to authenticate the ESME)');

  // ---- TURN, WebRTC, conferencing -----------------------------------------------------------
  plain('b44c_coturn_static_auth_secret', 'coturn', AL.hex, 64, 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf (static-auth-secret for use-auth-secret / TURN REST API: shared HMAC key from which every time-limited TURN password is derived; commonly `openssl rand -hex 32`)');
  def('b44c_turn_user_key', 'coturn', true, 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf (user=username:0x<key>, the long-term-credential key MD5(username:realm:password) in hex, usable instead of the password)',
    (r) => `0x${r.hex(32)}`);
  plain('b44c_jitsi_password', 'jitsi', AL.hex, 32, 'https://jitsi.github.io/handbook/docs/devops-guide/devops-guide-docker/ (gen-passwords.sh fills JICOFO_AUTH_PASSWORD, JVB_AUTH_PASSWORD, JIGASI_XMPP_PASSWORD, JIBRI_*_PASSWORD with `openssl rand -hex 16`)');
  def('b44c_jaas_app_id', 'none', false, 'https://developer.8x8.com/jaas/docs/jaas-console-api-keys (AppID, prefixed vpaas-magic-cookie-; used as the JWT sub and in public meeting URLs)',
    (r) => `vpaas-magic-cookie-${r.hex(32)}`);
  def('b44c_jaas_kid', 'none', false, 'https://developer.8x8.com/jaas/docs/jaas-console-api-keys (API Key ID, the JWT kid: <AppID>/<key id>; an identifier, the RSA private key is the secret)',
    (r) => `vpaas-magic-cookie-${r.hex(32)}/${r.hex(6)}`);
  def('b44c_agora_customer_id', 'agora', false, 'https://docs.agora.io/en/video-calling/reference/restful-authentication (RESTful API Customer ID, the username half of HTTP basic auth; 32 hex)',
    (r) => r.hex(32));
  plain('b44c_agora_customer_secret', 'agora', AL.hex, 32, 'https://docs.agora.io/en/video-calling/reference/restful-authentication (RESTful API Customer Secret, the password half of HTTP basic auth; 32 hex, shown once in the console)');

  // ---- live streaming ingest keys -----------------------------------------------------------
  def('b44c_youtube_stream_key', 'youtube', true, 'https://support.google.com/youtube/answer/2907883 (stream key entered in the encoder with rtmp://a.rtmp.youtube.com/live2; shape as YouTube Studio shows it: five groups of four lower-case letters and digits)',
    (r) => [0, 1, 2, 3, 4].map(() => r.str(AL.lowerAlnum, 4)).join('-'));
  def('b44c_twitch_stream_key', 'twitch', true, 'https://dev.twitch.tv/docs/api/reference/#get-stream-key (stream_key, e.g. live_44322889_a34ub37c8ajv98a0: live_<broadcaster id>_<random>; https://dev.twitch.tv/docs/video-broadcast/ rtmp://<ingest>/app/<stream-key>)',
    (r) => `live_${r.digits(r.pick([8, 9]))}_${r.str(AL.b62, 30)}`);
  def('b44c_cloudflare_stream_key', 'cloudflare', true, 'https://developers.cloudflare.com/stream/stream-live/start-stream-live/ (live input RTMPS/SRT stream key: 32 hex, the letter k, 32 hex)',
    (r) => `${r.hex(32)}k${r.hex(32)}`);
  def('b44c_mux_stream_key', 'mux', true, 'https://www.mux.com/docs/api-reference/video/live-streams (stream_key: "should be considered as sensitive as credentials"; UUID-shaped as the API returns it)',
    (r) => uuid(r));

  // ---- messaging APIs -----------------------------------------------------------------------
  plain('b44c_sinch_api_token', 'sinch', AL.hex, 32, 'https://developers.sinch.com/docs/sms/getting-started (SMS REST API token sent as Authorization: Bearer with the service plan id; 32 hex as the dashboard shows it)');
  def('b44c_sinch_service_plan_id', 'none', false, 'https://developers.sinch.com/docs/sms/getting-started (Service Plan ID, part of every SMS API URL; 32 hex identifier)', (r) => r.hex(32));
  def('b44c_sinch_app_secret', 'sinch', true, 'https://developers.sinch.com/docs/voice/api-reference/authentication/signed-request (Voice/Verification Application Secret: base64, decoded to key the HMAC-SHA256 request signature; 16 random bytes as issued)',
    (r) => b64(r.bytes(16)));
  plain('b44c_signalwire_token', 'signalwire', AL.b62, 50, 'https://developer.signalwire.com/rest/overview/authorization (API token, the password half of Basic auth with the Project ID; the documented example is 50 letters and digits)');
  def('b44c_plivo_auth_id', 'none', false, 'https://www.plivo.com/docs/messaging/api/overview/ (Auth ID: the basic-auth username and the account path segment, MA/SA + 18 upper-case alphanumerics; an identifier)',
    (r) => `${r.pick(['MA', 'SA'])}${r.str(AL.upperAlnum, 18)}`);
  def('b44c_telnyx_public_key', 'none', false, 'https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks (webhook signature verification public key, base64 Ed25519; published in the portal, not a secret)',
    (r) => b64(r.bytes(32)));
  def('b44c_twilio_signature', 'none', false, 'https://www.twilio.com/docs/usage/webhooks/webhooks-security (X-Twilio-Signature: base64 HMAC-SHA1 of the request; a per-request signature, not a key)',
    (r) => b64(r.bytes(20)));

  // ---- push notifications -------------------------------------------------------------------
  def('b44c_pusher_app_key', 'pusher', false, 'https://pusher.com/docs/channels/library_auth_reference/rest-api/ (app key: an opaque identifier used by client libraries, 20 hex; the secret signs requests)',
    (r) => r.hex(20));
  def('b44c_beams_secret_key', 'pusher', true, 'https://pusher.com/docs/beams/reference/server-sdk-node/ (Beams secretKey, "the secret key your server will use to access your Beams instance"; 64 upper-case hex as the dashboard shows it)',
    (r) => r.str(AL.HEX, 64));
  def('b44c_vapid_private_key', 'webpush', true, 'https://datatracker.ietf.org/doc/html/rfc8292#section-3.2 (VAPID: ECDSA P-256 application server key; web-push libraries store the private scalar as 32 bytes base64url, 43 characters)',
    (r) => b64url(r.bytes(32)));
  def('b44c_vapid_public_key', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc8292#section-3.2 (VAPID public key: uncompressed P-256 point 0x04||X||Y base64url, 87 characters; the applicationServerKey given to browsers)',
    (r) => b64url(Buffer.concat([Buffer.from([4]), r.bytes(64)])));

  def('b44c_3cx_auth_id', 'none', false, 'https://www.3cx.com/docs/manual/extension-settings/ (extension Authentication ID: the SIP auth username, random 10 letters and digits by default; an identifier, the Authentication Password is the secret)',
    (r) => r.str(AL.b62, 10));

  // ---- MQTT broker ---------------------------------------------------------------------------
  def('b44c_emqx_api_key', 'none', false, 'https://docs.emqx.com/en/emqx/latest/admin/api.html (API key name, pattern [a-zA-Z0-9-_]+; the identifier half of key:secret basic auth)',
    (r) => r.hex(16));

};
