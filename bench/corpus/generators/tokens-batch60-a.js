'use strict';
/** Generators added with batch60-a: each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Email delivery
  // ---------------------------------------------------------------------------------------------
  // Mailjet: HTTP Basic auth with the API key (MJ_APIKEY_PUBLIC, the user name) and the secret key (MJ_APIKEY_PRIVATE);
  // the secret half is the existing mailjet_secret kind. Mailjet itself calls the API key the "public" key.
  const MAILJET_DOC = 'https://dev.mailjet.com/email/guides/#authentication (Basic auth: API key as user name, secret key as password; MJ_APIKEY_PUBLIC / MJ_APIKEY_PRIVATE, 32 hex each)';
  def('b60a_mailjet_api_key', 'mailjet', false, `${MAILJET_DOC}; the API key is the public half`, (r) => r.hex(32));

  // Postmark account token (X-Postmark-Account-Token), a UUID like the server token, with account-wide rights
  def('b60a_postmark_account_token', 'postmark', true, 'https://postmarkapp.com/developer/api/overview#authentication (X-Postmark-Account-Token: account-level API token, shown as a UUID in Account > API Tokens)', (r) => uuid(r));

  // Zoho Mail application-specific password for IMAP/SMTP when two-factor authentication is on
  plain('b60a_zoho_app_password', 'zoho', AL.b62, 12, 'https://www.zoho.com/mail/help/adminconsole/two-factor-authentication.html#alink5 (application-specific passwords for IMAP/POP/SMTP clients; shape as generated: 12 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // DNS provider APIs
  // ---------------------------------------------------------------------------------------------
  const GANDI_DOC = 'https://api.gandi.net/docs/authentication/ (Authorization: Bearer <Personal Access Token>, 40 hex as issued; deprecated Authorization: Apikey <key>, 24 alphanumerics)';
  plain('b60a_gandi_pat', 'gandi', AL.hex, 40, GANDI_DOC);
  plain('b60a_gandi_api_key', 'gandi', AL.b62, 24, GANDI_DOC);

  def('b60a_desec_token', 'desec', true, 'https://desec.readthedocs.io/en/latest/auth/tokens.html (token secret value, e.g. 4pnk7u-NHvrEkFzrhFDRTjGFyX_S: 28 base64url characters; sent as Authorization: Token ...)',
    (r) => b64url(r.bytes(21)));
  def('b60a_desec_token_id', 'none', false, 'https://desec.readthedocs.io/en/latest/auth/tokens.html (id: UUID used to identify the token, "not the token\'s secret value")', (r) => uuid(r));

  const DNSIMPLE_DOC = 'https://support.dnsimple.com/articles/api-access-token/ (API v2 access tokens: account tokens dnsimple_a_..., user tokens dnsimple_u_..., 32 alphanumerics after the prefix)';
  def('b60a_dnsimple_account_token', 'dnsimple', true, DNSIMPLE_DOC, (r) => `dnsimple_a_${r.str(AL.b62, 32)}`);
  def('b60a_dnsimple_user_token', 'dnsimple', true, DNSIMPLE_DOC, (r) => `dnsimple_u_${r.str(AL.b62, 32)}`);

  // joohoi/acme-dns: /register returns username (UUID), password (40 chars) and subdomain (UUID)
  const ACMEDNS_DOC = 'https://github.com/joohoi/acme-dns#register-endpoint (register response: username and subdomain are UUIDs, password 40 characters; X-Api-User / X-Api-Key headers on /update)';
  plain('b60a_acmedns_password', 'acme-dns', AL.b64url, 40, ACMEDNS_DOC);
  def('b60a_acmedns_username', 'none', false, `${ACMEDNS_DOC}; the user name is an identifier`, (r) => uuid(r));

  // Domain transfer authorization codes (EPP authInfo): whoever holds one can move the domain to another registrar
  def('b60a_epp_auth_code', 'registrar', true, 'https://datatracker.ietf.org/doc/html/rfc5731#section-3.2.1 (domain <authInfo><pw>: the transfer authorization secret; registrars generate 12-16 characters with symbols)',
    (r) => {
      let s = '';
      const n = r.range(12, 16);
      for (let i = 0; i < n; i++) s += r.int(5) === 0 ? r.pick('!#$%&*+=?@^'.split('')) : r.pick(AL.b62.split(''));
      return s;
    });

  // ACME key authorization published in the _acme-challenge TXT record: base64url(SHA-256(token.thumbprint)), public by design
  def('b60a_acme_txt_digest', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc8555#section-8.4 (dns-01: TXT value is base64url of the SHA-256 digest of the key authorization; published in DNS)', (r) => b64url(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Certificate authorities and PKI
  // ---------------------------------------------------------------------------------------------
  const GTS_DOC = 'https://cloud.google.com/certificate-manager/docs/reference/public-ca/rest/v1/projects.locations.externalAccountKeys (ExternalAccountKey: keyId, an identifier, and b64MacKey, the Base64-URL-encoded HS256 key)';
  def('b60a_gts_eab_key_id', 'none', false, `${GTS_DOC}; keyId is an identifier`, (r) => r.hex(32));
  def('b60a_gts_eab_hmac_key', 'google-trust-services', true, GTS_DOC, (r) => b64url(r.bytes(32)));

  const SECTIGO_DOC = 'https://www.sectigo.com/knowledge-base/detail/Sectigo-Certificate-Manager-SCM-ACME-External-Account-Binding-EAB (ACME account: EAB Key ID, 22 base64url characters, and EAB HMAC key, 86 base64url characters)';
  def('b60a_sectigo_eab_kid', 'none', false, `${SECTIGO_DOC}; the key id is an identifier`, (r) => r.str(AL.b64url, 22));
  def('b60a_sectigo_eab_hmac_key', 'sectigo', true, SECTIGO_DOC, (r) => b64url(r.bytes(64)));

  plain('b60a_digicert_api_key', 'digicert', AL.upperAlnum, 81, 'https://dev.digicert.com/certcentral-apis/authentication.html (X-DC-DEVKEY header; key shown once; upper-case alphanumeric, length as in the Salt digicert runner documentation example)');

  const VENAFI_CLOUD_DOC = 'https://docs.venafi.cloud/api/obtaining-api-key/ (TLS Protect Cloud: tppl-api-key header, a UUID from Preferences > API Keys or vcert getcred)';
  def('b60a_venafi_cloud_api_key', 'venafi', true, VENAFI_CLOUD_DOC, (r) => uuid(r));
  const VENAFI_TPP_DOC = 'https://docs.venafi.com/Docs/current/TopNav/Content/SDK/AuthSDK/r-SDKa-POST-AuthorizeOAuth.php (Trust Protection Platform /vedauth/authorize/oauth: access_token and refresh_token, base64 of 16 bytes, e.g. "p0WTt3sDPbzm2BDIkoJROQ==")';
  def('b60a_venafi_tpp_access_token', 'venafi', true, VENAFI_TPP_DOC, (r) => b64(r.bytes(16)));
  def('b60a_venafi_tpp_refresh_token', 'venafi', true, VENAFI_TPP_DOC, (r) => b64(r.bytes(16)));

  // X.509 serial numbers as tools print them (colon-separated hex), identifiers
  def('b60a_cert_serial', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc5280#section-4.1.2.2 (serialNumber: positive integer up to 20 octets; printed as colon-separated hex)',
    (r) => Array.from(r.bytes(16)).map((b) => b.toString(16).padStart(2, '0')).join(':'));
};
