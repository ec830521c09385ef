'use strict';
/** Generators added with batch42-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Firewalls, routers and VPNs
  // ---------------------------------------------------------------------------------------------
  // OPNsense API credentials: a key/secret pair downloaded once as apikey.txt (ini); the key names the
  // credential (it is stored in config.xml beside a crypt() hash of the secret), the secret authenticates.
  const OPN_DOC = 'https://docs.opnsense.org/development/how-tos/api.html#creating-keys (key=/secret= pair, base64 alphabet; 80 chars in current releases)';
  def('b42a_opnsense_api_key', 'opnsense', false, OPN_DOC, (r) => b64(r.bytes(60)));
  def('b42a_opnsense_api_secret', 'opnsense', true, OPN_DOC, (r) => b64(r.bytes(60)));
  // Mullvad VPN: the 16-digit account number is the whole login (no username, no password)
  def('b42a_mullvad_account', 'mullvad', true, 'https://mullvad.net/en/help/no-logging-data-policy (account number: the only credential, 16 digits)',
    (r) => r.digits(16).match(/..../g).join(' '));
  // strongSwan ipsec.secrets / swanctl: a PSK given as 0s + base64 (or 0x + hex) instead of a quoted string
  def('b42a_strongswan_psk_b64', 'strongswan', true, 'https://docs.strongswan.org/docs/5.9/config/ipsecSecrets.html (PSK "secret" or 0x<hex> / 0s<base64> encoded binary secrets)',
    (r) => `0s${b64(r.bytes(32))}`);
  // wpa_passphrase output: psk= is PBKDF2-SHA1(passphrase, SSID, 4096) as 64 hex; it joins the network like the passphrase
  def('b42a_wpa_psk', 'wifi', true, 'https://man.archlinux.org/man/wpa_passphrase.8.en (pre-computed PSK, 64 hex digits, usable in place of the passphrase)',
    (r) => r.hex(64));
  // wpa_supplicant EAP password=hash:<NtPasswordHash>: MSCHAPv2 authenticates with the NT hash itself
  def('b42a_wpa_nt_hash', 'wifi', true, 'https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf (password=hash:<32 hex NtPasswordHash>, works for MSCHAPv2 as the password)',
    (r) => `hash:${r.hex(32)}`);
  // ZeroTier identity.secret: <10-hex address>:0:<public 128 hex>:<private 128 hex>; identity.public drops the last field
  const ZT_DOC = 'https://man.archlinux.org/man/zerotier-idtool.1.en (identity = 10-digit hex address + public/private key pair; X25519+Ed25519, 64 bytes each, hex)';
  def('b42a_zerotier_identity_secret', 'zerotier', true, ZT_DOC, (r) => `${r.hex(10)}:0:${r.hex(128)}:${r.hex(128)}`);
  def('b42a_zerotier_identity_public', 'none', false, ZT_DOC, (r) => `${r.hex(10)}:0:${r.hex(128)}`);
  def('b42a_zerotier_network_id', 'none', false, 'https://docs.zerotier.com/start (network ID: 16 hex digits, shared to let devices join)', (r) => r.hex(16));
  plain('b42a_zerotier_api_token', 'zerotier', AL.b62, 32, 'https://docs.zerotier.com/api/tokens (ZeroTier Central API access token, Authorization: token ...)');
  // Headscale / Tailscale machine and noise keys as written to disk: "privkey:" + 64 hex
  def('b42a_headscale_privkey', 'headscale', true, 'https://github.com/juanfont/headscale/blob/main/config-example.yaml (noise.private_key_path: generated server key, privkey:<64 hex>)',
    (r) => `privkey:${r.hex(64)}`);
  // Headscale pre-auth keys (0.2x): 48 hex characters printed by `headscale preauthkeys create`
  def('b42a_headscale_preauth_key', 'headscale', true, 'https://headscale.net/usage/getting-started/#using-a-preauthkey (preauthkeys create; 24 random bytes, hex)',
    (r) => r.hex(48));
  // Proxmox Backup Server TLS fingerprint pinned in storage.cfg (public; identifies the server certificate)
  def('b42a_pbs_fingerprint', 'none', false, 'https://pbs.proxmox.com/docs/backup-client.html#backup-repository (fingerprint: SHA-256 of the server certificate, colon-separated hex)',
    (r) => r.bytes(32).toString('hex').match(/../g).join(':'));

  // ---------------------------------------------------------------------------------------------
  // MQTT, Zigbee, Node-RED, LoRaWAN
  // ---------------------------------------------------------------------------------------------
  // mosquitto_passwd sha512-pbkdf2 entries: $7$<iterations>$<base64 salt>$<base64 hash> (a one-way hash)
  def('b42a_mosquitto_pw_hash', 'none', false, 'https://mosquitto.org/man/mosquitto_passwd-1.html (password file, hashed like crypt(3); $7$ = PBKDF2-SHA512, 101 iterations, 12-byte salt)',
    (r) => `$7$101$${b64(r.bytes(12))}$${b64(r.bytes(64))}`);
  // mosquitto bridge_psk / psk_file values: the TLS-PSK key as hex without 0x
  def('b42a_mosquitto_psk', 'mosquitto', true, 'https://mosquitto.org/man/mosquitto-conf-5.html (bridge_psk / psk_file: pre-shared key in hexadecimal, no leading 0x)',
    (r) => r.hex(32));
  // Zigbee2MQTT advanced.network_key: 16 decimal bytes; whoever has it decrypts and injects Zigbee traffic
  const Z2M_DOC = 'https://www.zigbee2mqtt.io/advanced/zigbee/03_secure_network.html (network_key: 128-bit key, 16 values 0-255; ext_pan_id: 8 bytes)';
  def('b42a_zigbee_network_key', 'zigbee', true, Z2M_DOC, (r) => `[${[...r.bytes(16)].join(', ')}]`);
  def('b42a_zigbee_network_key_hex', 'zigbee', true, Z2M_DOC, (r) => r.hex(32));
  def('b42a_zigbee_ext_pan_id', 'none', false, Z2M_DOC, (r) => `[${[...r.bytes(8)].join(', ')}]`);
  // Node-RED flows_cred.json: {"$": <32 hex IV><base64 AES-256-CTR ciphertext>}, encrypted with credentialSecret
  def('b42a_nodered_cred_ciphertext', 'none', false, 'https://nodered.org/docs/user-guide/runtime/securing-node-red (credentials file encrypted with credentialSecret or a generated key; ciphertext)',
    (r) => r.hex(32) + b64(r.bytes(r.range(90, 260))));
  def('b42a_nodered_node_id', 'none', false, 'https://nodered.org/docs/user-guide/editor/workspace/import-export (flow JSON: each node has a random 16-hex id)',
    (r) => r.hex(16));
  // LoRaWAN 1.0.x OTAA: AppKey is the 128-bit root key (secret); DevEUI/JoinEUI are public identifiers
  def('b42a_lorawan_appkey', 'lorawan', true, 'https://www.thethingsindustries.com/docs/devices/concepts/abp-vs-otaa/ (OTAA AppKey: 128-bit AES root key, 32 hex digits)',
    (r) => r.str(AL.HEX, 32));
  // the same key as arduino-lmic wants it in a sketch: static const u1_t APPKEY[16] = { 0x.., ... } (MSB first)
  def('b42a_lorawan_appkey_bytes', 'lorawan', true, 'https://github.com/mcci-catena/arduino-lmic#otaa (APPKEY as a 16-byte array, msb format as copied from the TTN console)',
    (r) => [...r.bytes(16)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(', '));
  def('b42a_lorawan_eui_bytes', 'none', false, 'https://github.com/mcci-catena/arduino-lmic#otaa (DEVEUI / APPEUI arrays, lsb format; public identifiers)',
    (r) => [...r.bytes(8)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(', '));
  def('b42a_lorawan_eui', 'none', false, 'https://www.thethingsindustries.com/docs/reference/glossary/#deveui (DevEUI / JoinEUI: 64-bit identifiers, 16 hex digits)',
    (r) => r.str(AL.HEX, 16));
  // Weather Underground PWS upload: ID + PASSWORD (the station key, 8 alphanumerics as issued)
  plain('b42a_wunderground_station_key', 'wunderground', AL.b62, 8, 'https://support.weather.com/s/article/PWS-Upload-Protocol (PASSWORD = station key; shape modeled on issued keys)');

  // ---------------------------------------------------------------------------------------------
  // Media servers and download clients
  // ---------------------------------------------------------------------------------------------
  // Plex claim tokens: claim-<20 chars>, valid for four minutes (an expired one grants nothing)
  def('b42a_plex_claim_token', 'none', false, 'https://www.plex.tv/claim/ (PLEX_CLAIM for new servers; "valid for 4 minutes")',
    (r) => `claim-${r.str(AL.b62, 20)}`);
  plain('b42a_sabnzbd_api_key', 'sabnzbd', AL.hex, 32, 'https://sabnzbd.org/wiki/configuration/4.3/general (API Key / NZB Key, 32 hex)');
  plain('b42a_tautulli_api_key', 'tautulli', AL.hex, 32, 'https://github.com/Tautulli/Tautulli/wiki/Tautulli-API-Reference (apikey, 32 hex)');
  plain('b42a_omdb_api_key', 'omdb', AL.hex, 8, 'https://www.omdbapi.com/apikey.aspx (apikey parameter, 8 hex as emailed)');
  const TRAKT_DOC = 'https://trakt.docs.apiary.io/#introduction/create-an-app (client_id / client_secret and OAuth tokens, 64 hex)';
  def('b42a_trakt_client_id', 'none', false, TRAKT_DOC, (r) => r.hex(64));
  def('b42a_trakt_client_secret', 'trakt', true, TRAKT_DOC, (r) => r.hex(64));
  def('b42a_trakt_access_token', 'trakt', true, TRAKT_DOC, (r) => r.hex(64));
  // Deluge auth file: the daemon writes localclient:<40 hex>:10 for local UIs; plaintext
  def('b42a_deluge_localclient', 'deluge', true, 'https://dev.deluge-torrent.org/wiki/UserGuide/Authentication (auth file: username:password:level in plaintext; localclient entry)',
    (r) => r.hex(40));
  // qBittorrent WebUI\Password_PBKDF2="@ByteArray(<b64 16-byte salt>:<b64 64-byte PBKDF2-SHA512>)" (a hash)
  def('b42a_qbittorrent_pbkdf2', 'none', false, 'https://github.com/qbittorrent/qBittorrent/wiki/Frequently-Asked-Questions (WebUI password stored as PBKDF2 salt:hash)',
    (r) => `@ByteArray(${b64(r.bytes(16))}:${b64(r.bytes(64))})`);
  // Transmission rpc-password after first start: "{" + SHA-1(password + salt) hex + 8-char salt (a hash)
  def('b42a_transmission_rpc_hash', 'none', false, 'https://github.com/transmission/transmission/blob/main/docs/Editing-Configuration-Files.md (rpc-password: plaintext is salted and hashed on startup)',
    (r) => `{${r.hex(40)}${r.str(AL.b62 + './', 8)}`);
  // Pi-hole v5 API token (Settings > API, WEBPASSWORD in setupVars.conf): double SHA-256 hex that authenticates auth=
  def('b42a_pihole_api_token', 'pihole', true, 'https://pi-hole.net/blog/2022/11/17/upcoming-changes-authentication-for-more-api-endpoints-required/ (auth=<TOKEN>, from Settings/API or WEBPASSWORD)',
    (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // Self-hosted auth, reverse proxies, password managers
  // ---------------------------------------------------------------------------------------------
  plain('b42a_authelia_secret', 'authelia', AL.b62, 64, 'https://www.authelia.com/reference/guides/generating-secure-values/ (authelia crypto rand --length 64 --charset alphanumeric for jwt/session/storage secrets)');
  def('b42a_authelia_pbkdf2_digest', 'none', false, 'https://www.authelia.com/integration/openid-connect/frequently-asked-questions/#how-do-i-generate-a-client-identifier-or-client-secret (client_secret stored as a $pbkdf2-sha512$ digest)',
    (r) => `$pbkdf2-sha512$310000$${b64(r.bytes(16)).replace(/=+$/, '').replace(/\+/g, '.')}$${b64(r.bytes(64)).replace(/=+$/, '').replace(/\+/g, '.')}`);
  def('b42a_vaultwarden_admin_token', 'vaultwarden', true, 'https://github.com/dani-garcia/vaultwarden/wiki/Enabling-admin-page (ADMIN_TOKEN, e.g. openssl rand -base64 48; the admin page password)',
    (r) => b64(r.bytes(48)));
  // step-ca JWK provisioner encryptedKey: a JWE (PBES2-HS256+A128KW) wrapping the provisioner private key (ciphertext)
  def('b42a_step_encrypted_key', 'none', false, 'https://smallstep.com/docs/step-ca/provisioners/#jwk (encryptedKey: JWE of the private key, encrypted with the provisioner password)',
    (r) => [b64url(JSON.stringify({ alg: 'PBES2-HS256+A128KW', cty: 'jwk+json', enc: 'A256GCM', p2c: 600000, p2s: b64url(r.bytes(16)) })),
      b64url(r.bytes(40)), b64url(r.bytes(12)), b64url(r.bytes(r.range(280, 340))), b64url(r.bytes(16))].join('.'));

  // ---------------------------------------------------------------------------------------------
  // Bots and chat
  // ---------------------------------------------------------------------------------------------
  const TG_DOC = 'https://core.telegram.org/api/obtaining_api_id (api_id integer and api_hash; "your API hash is secret")';
  plain('b42a_telegram_api_hash', 'telegram', AL.hex, 32, TG_DOC);
  def('b42a_telegram_api_id', 'none', false, TG_DOC, (r) => r.digits(r.pick([7, 8])));
  // Telethon StringSession: "1" + urlsafe base64 of (dc_id u8, IPv4, port u16, 256-byte auth_key): a logged-in session
  def('b42a_telethon_session', 'telegram', true, 'https://docs.telethon.dev/en/stable/concepts/sessions.html#string-sessions (StringSession.save(): version 1 + base64 of dc, address, port and auth key)',
    (r) => {
      const buf = Buffer.concat([Buffer.from([r.range(1, 5), 149, 154, 167, r.range(40, 99)]), Buffer.from([0x01, 0xbb]), r.bytes(256)]);
      return `1${buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_')}`;
    });
  // Discord webhook parts as shoutrrr and other notifiers split them: discord://<token>@<webhook id>
  def('b42a_discord_webhook_token', 'discord', true, 'https://containrrr.dev/shoutrrr/v0.8/services/discord/ (discord://token@id, from the webhook URL)',
    (r) => r.str(AL.b64url, 68));
  def('b42a_discord_snowflake', 'none', false, 'https://discord.com/developers/docs/reference#snowflakes (ids: 64-bit integers as decimal strings)',
    (r) => String(1000000000000000000n + BigInt(`0x${r.hex(15)}`)));
  // Synapse: generate-config fills registration_shared_secret, macaroon_secret_key and form_secret with 50 random chars
  def('b42a_synapse_secret', 'matrix', true, 'https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#registration_shared_secret (generated secrets; registration_shared_secret lets anyone register admins)',
    (r) => r.str(`${AL.b62}.,;:^&*-_+=#~@`, 50));
  // Synapse signing key file: "ed25519 a_<4 letters> <unpadded base64 seed>"
  def('b42a_synapse_signing_key', 'matrix', true, 'https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#signing_key_path (ed25519 key id + base64 seed; signs federation traffic)',
    (r) => `ed25519 a_${r.str(AL.lower + AL.upper, 4)} ${b64(r.bytes(32)).replace(/=+$/, '')}`);
  // Appservice registration as_token / hs_token: random 64-character strings shared by bridge and homeserver
  def('b42a_matrix_sender_localpart', 'none', false, 'https://spec.matrix.org/latest/application-service-api/#registration (sender_localpart: the bridge bot user, random in generated registrations; not a credential)',
    (r) => r.str(AL.b62, 32));
  plain('b42a_matrix_as_token', 'matrix', AL.b62, 64, 'https://spec.matrix.org/latest/application-service-api/#registration (as_token / hs_token shared secrets)');

  // ---------------------------------------------------------------------------------------------
  // Game servers and mod platforms
  // ---------------------------------------------------------------------------------------------
  // Velocity modern forwarding: forwarding.secret (12 random alphanumerics on first start), copied to backends
  plain('b42a_velocity_forwarding_secret', 'velocity', AL.b62, 12, 'https://docs.papermc.io/velocity/player-information-forwarding (forwarding.secret shared with every backend; a leak allows spoofed logins)');
  // Pterodactyl panel keys: ptla_ (application) / ptlc_ (client) + 16-char identifier and 32-char token (48 in all)
  const PTERO_DOC = 'https://pterodactyl-api-docs.netvpx.com/docs/authentication (Bearer keys; prefixes ptla_ application, ptlc_ client; 48 characters)';
  def('b42a_pterodactyl_app_key', 'pterodactyl', true, PTERO_DOC, (r) => `ptla_${r.str(AL.b62, 43)}`);
  def('b42a_pterodactyl_client_key', 'pterodactyl', true, PTERO_DOC, (r) => `ptlc_${r.str(AL.b62, 43)}`);
  const WINGS_DOC = 'https://pterodactyl.io/wings/1.0/installing.html#configure (config.yml token_id and token authenticate the node to the panel)';
  def('b42a_wings_token_id', 'none', false, WINGS_DOC, (r) => r.str(AL.b62, 16));
  def('b42a_wings_token', 'pterodactyl', true, WINGS_DOC, (r) => r.str(AL.b62, 64));
  // CurseForge for Studios API keys look like bcrypt strings ($2a$10$ + 53 chars) but are bearer keys (x-api-key)
  def('b42a_curseforge_api_key', 'curseforge', true, 'https://docs.curseforge.com/rest-api/#authentication (x-api-key header; keys issued in the console have the $2a$10$ shape)',
    (r) => `$2a$10$${r.str(AL.bcrypt, 53)}`);
  def('b42a_modrinth_pat', 'modrinth', true, 'https://docs.modrinth.com/api/#authentication (personal access tokens, mrp_ + 60 alphanumerics)',
    (r) => `mrp_${r.str(AL.b62, 60)}`);
  // packwiz index hashes (murmur2 for CurseForge fingerprints, sha512 for Modrinth files): not secrets
  def('b42a_sha512_hex', 'none', false, 'https://packwiz.infra.link/reference/pack-format/index-toml/ (hash-format sha512 / sha256, hex)',
    (r) => r.hex(128));
};
