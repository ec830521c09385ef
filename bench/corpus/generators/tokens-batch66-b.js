'use strict';
/** Generators added with batch66-b: each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Cloudflare Access (Zero Trust) service tokens: CF-Access-Client-Id "<32 hex>.access" and
  // CF-Access-Client-Secret, 64 hex, shown once at creation
  // ---------------------------------------------------------------------------------------------
  const CF_ACCESS_DOC = 'https://developers.cloudflare.com/cloudflare-one/identity/service-tokens/ (Client ID sent as CF-Access-Client-Id, e.g. 88bf3b6d86161464f6509f7219099e57.access; Client Secret sent as CF-Access-Client-Secret, 64 hex, shown only once)';
  def('b66b_cf_access_client_id', 'none', false, `${CF_ACCESS_DOC}; the client id names the service token and is useless without the secret`, (r) => `${r.hex(32)}.access`);
  plain('b66b_cf_access_client_secret', 'cloudflare', AL.hex, 64, CF_ACCESS_DOC);

  // ---------------------------------------------------------------------------------------------
  // Vercel: Protection Bypass for Automation secret (32 characters, sent as x-vercel-protection-bypass),
  // Edge Config connection string https://edge-config.vercel.com/ecfg_<id>?token=<read token UUID>
  // ---------------------------------------------------------------------------------------------
  plain('b66b_vercel_bypass_secret', 'vercel', AL.b62, 32, 'https://vercel.com/docs/deployment-protection/methods-to-bypass-deployment-protection/protection-bypass-automation (VERCEL_AUTOMATION_BYPASS_SECRET, a 32-character secret sent in the x-vercel-protection-bypass header or query parameter; it bypasses Vercel Authentication and Password Protection)');
  const ECFG_DOC = 'https://vercel.com/docs/edge-config/using-edge-config (connection string https://edge-config.vercel.com/<edgeConfigId>?token=<read access token>; ids ecfg_ + 28 lower-case alphanumerics, tokens UUIDs as in the provider examples)';
  const ecfgId = (r) => `ecfg_${r.str(AL.lowerAlnum, 28)}`;
  def('b66b_vercel_edge_config_id', 'none', false, `${ECFG_DOC}; the id alone is an identifier`, ecfgId);
  def('b66b_vercel_edge_config_token', 'vercel', true, `${ECFG_DOC}; the read access token`, (r) => uuid(r));
  def('b66b_vercel_edge_config_url', 'vercel', true, `${ECFG_DOC}; the connection string carries the read token`,
    (r) => `https://edge-config.vercel.com/${ecfgId(r)}?token=${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // Akamai: EdgeKV access tokens (a JWT placed in edgekv_tokens.js of an EdgeWorkers bundle), NetStorage
  // HTTP API upload-account keys, Auth Token 2.0 (EdgeAuth) encryption keys, EdgeGrid API hostnames
  // ---------------------------------------------------------------------------------------------
  def('b66b_akamai_edgekv_token', 'akamai', true, 'https://techdocs.akamai.com/edgekv/docs/generate-and-retrieve-edgekv-access-tokens (EdgeKV access token: a signed JWT naming the namespaces and EdgeWorker ids it authorizes; bundled as edgekv_tokens.js)',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { alg: 'RS256', typ: 'JWT', kid: r.hex(8) }, {
        ewids: String(r.range(10000, 99999)), sub: `${r.range(100000, 999999)}`, namespace: `${r.pick(['default', 'catalog', 'redirects', 'geo'])}-r`,
        restrict: { env: 'p' }, iss: 'edgekv', iat, exp: iat + 31536000, jti: uuid(r),
      }, 256);
    });
  plain('b66b_akamai_netstorage_key', 'akamai', AL.b62, 50, 'https://techdocs.akamai.com/netstorage-usage/reference/get-started ("+ Add HTTP API Key" generates the upload account key, the shared secret of X-Akamai-ACS-Auth-Sign = HMAC-SHA256(key, data + sign-string); the generated keys read as 50 alphanumerics)');
  plain('b66b_akamai_edgeauth_key', 'akamai', AL.hex, 64, 'https://techdocs.akamai.com/property-mgr/docs/auth-token-2-0-verification (Token Auth 2.0 encryption key: an even-length hex string shared by the property and the token generator, which signs __token__=exp=...~acl=...~hmac=...)');
  def('b66b_akamai_edgegrid_host', 'none', false, 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials (host = akab-<id>.luna.akamaiapis.net: the API base hostname of the client, not a credential)',
    (r) => `akab-${r.str(AL.lowerAlnum, 16)}-${r.str(AL.lowerAlnum, 16)}.luna.akamaiapis.net`);

  // ---------------------------------------------------------------------------------------------
  // Amazon CloudFront signed URLs: public key id (K + 13) or legacy key pair id (APKA + 16) in Key-Pair-Id,
  // CloudFront-safe base64 signature (+ -> -, = -> _, / -> ~); the RSA private key is the secret
  // ---------------------------------------------------------------------------------------------
  const CF_SIGN_DOC = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html (Key-Pair-Id is the public key id, e.g. K2JCJMDEHXQW5F; Signature is an RSA-SHA1 signature in CloudFront-safe base64)';
  def('b66b_cloudfront_public_key_id', 'none', false, `${CF_SIGN_DOC}; the id of a public key, an identifier`, (r) => `K${r.str(AL.upperAlnum, 13)}`);
  def('b66b_cloudfront_keypair_id', 'none', false, `${CF_SIGN_DOC}; legacy root-account key pair ids APKA + 16 upper-case alphanumerics, identifiers`, (r) => `APKA${r.str(AL.upperAlnum, 16)}`);
  def('b66b_cloudfront_signature', 'none', false, `${CF_SIGN_DOC}; a signature over one policy, not a key`,
    (r) => b64(r.bytes(256)).replace(/\+/g, '-').replace(/=/g, '_').replace(/\//g, '~'));

  // ---------------------------------------------------------------------------------------------
  // Serverless Framework (v4) access keys: SERVERLESS_ACCESS_KEY, created in the Serverless dashboard
  // ---------------------------------------------------------------------------------------------
  plain('b66b_serverless_access_key', 'serverless', AL.b62, 43, 'https://www.serverless.com/framework/docs/guides/license-keys (SERVERLESS_ACCESS_KEY / license keys authenticate the CLI to the Serverless dashboard in CI; access keys read AK + 43 alphanumerics)', 'AK');

  // ---------------------------------------------------------------------------------------------
  // Bunny.net: Pull Zone URL Token Authentication Key (signs expiring URLs) and Stream library API key
  // ---------------------------------------------------------------------------------------------
  def('b66b_bunny_token_auth_key', 'bunny', true, 'https://docs.bunny.net/cdn/security/token-authentication.md ("URL Token Authentication Key" of a pull zone: anyone with it can generate valid tokens; shown in the dashboard as a GUID)', (r) => uuid(r));
  def('b66b_bunny_stream_api_key', 'bunny', true, 'https://docs.bunny.net/reference/stream-api-overview (Stream library AccessKey header; shape as shown under API in the library settings: 8-4-4-12-4-4 hex)',
    (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}-${r.hex(4)}-${r.hex(4)}`);

  // ---------------------------------------------------------------------------------------------
  // Cloudflare Tunnel credentials file (<tunnel id>.json): AccountTag, TunnelID and TunnelSecret, the
  // base64 of 32 random bytes that lets cloudflared run the tunnel
  // ---------------------------------------------------------------------------------------------
  def('b66b_cf_tunnel_secret', 'cloudflare', true, 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/local-management/tunnel-permissions/ (the tunnel credentials file holds the TunnelSecret; anyone with it can run the tunnel; base64 of 32 bytes)',
    (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Fastly service ids (22 alphanumerics, in every API path and in fastly.toml): identifiers
  // ---------------------------------------------------------------------------------------------
  def('b66b_fastly_service_id', 'none', false, 'https://www.fastly.com/documentation/reference/api/services/service/ (service_id, e.g. SU1Z0isxPaozGVKXdv0eY: an identifier, written to fastly.toml)', (r) => r.str(AL.b62, 22));

  // ---------------------------------------------------------------------------------------------
  // LocalStack auth token (LOCALSTACK_AUTH_TOKEN activates the licensed emulator for the account)
  // ---------------------------------------------------------------------------------------------
  def('b66b_localstack_auth_token', 'localstack', true, 'https://docs.localstack.cloud/getting-started/auth-token/ (LOCALSTACK_AUTH_TOKEN, personal or CI auth token shown in the web app; ls- followed by a GUID-shaped body of mixed-case alphanumerics)',
    (r) => `ls-${r.str(AL.b62, 8)}-${r.str(AL.b62, 4)}-${r.str(AL.b62, 4)}-${r.str(AL.b62, 4)}-${r.str(AL.b62, 12)}`);

  // ---------------------------------------------------------------------------------------------
  // TOTP shared secret in an otpauth:// URI (password-manager exports): base32, 160 bits
  // ---------------------------------------------------------------------------------------------
  plain('b66b_totp_seed', 'totp', AL.b32, 32, 'https://github.com/google/google-authenticator/wiki/Key-Uri-Format (secret parameter: the base32 shared secret from which every one-time code is computed; RFC 4226 recommends 160 bits)');
};
