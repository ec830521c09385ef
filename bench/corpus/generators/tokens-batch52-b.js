'use strict';
/**
 * Generators added with batch52-b (ad-tech, affiliate and growth marketing; see bench/corpus/README.md):
 * each with the URL of the documentation it follows. Where a provider documents no shape, the value is
 * modelled on what its console shows and the doc string says so.
 */
const { AL, b64, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // AppsFlyer: API V2.0 tokens (admin-issued, Authorization: Bearer for Pull / Master / Push management APIs).
  // Issued as a compact JWE-shaped string: base64url header, encrypted key, iv, ciphertext, tag.
  // ---------------------------------------------------------------------------------------------
  const AF_DOC = 'https://support.appsflyer.com/hc/en-us/articles/360004562377 (API V2.0 token, Security Center > API tokens, admin-only, sent as Authorization: Bearer; five-part JWE-shaped string beginning eyJ)';
  def('b52b_appsflyer_api_token', 'appsflyer', true, AF_DOC, (r) => {
    const header = b64url(JSON.stringify({ alg: 'A256KW', cty: 'JWT', enc: 'A256GCM', typ: 'JWT', zip: 'DEF' }));
    return `${header}.${b64url(r.bytes(40))}.${b64url(r.bytes(12))}.${b64url(r.bytes(r.range(300, 360)))}.${b64url(r.bytes(16))}`;
  });
  def('b52b_appsflyer_app_id', 'none', false, 'https://support.appsflyer.com/hc/en-us/articles/207377436 (app id: Android package name or iOS "id" + 9-10 digits; an identifier)',
    (r) => `id${r.digits(10)}`);

  // ---------------------------------------------------------------------------------------------
  // Adjust: app token (12 chars, compiled into the SDK, public), S2S security token (Authorization: Bearer on
  // s2s.adjust.com requests), and the user API token used for the Report Service / KPI Service.
  // ---------------------------------------------------------------------------------------------
  def('b52b_adjust_app_token', 'adjust', false, 'https://dev.adjust.com/en/sdk/android/ (appToken passed to AdjustConfig in client code; 12 lower-case alphanumerics; an app identifier)',
    (r) => r.str(AL.lowerAlnum, 12));
  plain('b52b_adjust_s2s_token', 'adjust', AL.hex, 32, 'https://dev.adjust.com/en/api/s2s-api/security (S2S security token created under Protection > S2S Security, sent as Authorization: Bearer; requests without a valid token are rejected; modelled as 32 hex as copied from the modal)');
  plain('b52b_adjust_api_token', 'adjust', `${AL.b62}-_`, 20, 'https://dev.adjust.com/en/api/rs-api/authentication (user API token from Account settings, Authorization: Bearer for the Report Service API; 20 URL-safe characters as shown)');

  // ---------------------------------------------------------------------------------------------
  // Branch: Branch Key (key_live_/key_test_, public by design) and Branch Secret (secret_live_, server-side only)
  // ---------------------------------------------------------------------------------------------
  const BRANCH_DOC = 'https://help.branch.io/account-hub/credentials-new (Branch Key is a public key used to identify the app and is safe in client code; Branch Secret is the private credential for server-side API calls and webhook signatures)';
  def('b52b_branch_key', 'branch', false, BRANCH_DOC, (r) => `key_live_${r.str(AL.b62, 32)}`);
  def('b52b_branch_secret', 'branch', true, BRANCH_DOC, (r) => `secret_live_${r.str(AL.b62, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // impact.com: HTTP Basic with Account SID (username, "IR" + 32 characters, an identifier) and Auth Token (password)
  // ---------------------------------------------------------------------------------------------
  const IMPACT_DOC = 'https://integrations.impact.com/impact-brand/reference/authentication (Authorization: Basic base64(AccountSID:AuthToken); the Account SID is a 34-character string starting IR, the Auth Token is the secret; modelled as 32 alphanumerics with ~ . - _)';
  def('b52b_impact_account_sid', 'impact', false, IMPACT_DOC, (r) => `IR${r.str(AL.b62, 32)}`);
  plain('b52b_impact_auth_token', 'impact', `${AL.b62}~.-_`, 32, IMPACT_DOC);

  // ---------------------------------------------------------------------------------------------
  // CJ Affiliate: personal access token from developers.cj.com (Authorization: Bearer for GraphQL and REST)
  // ---------------------------------------------------------------------------------------------
  plain('b52b_cj_personal_access_token', 'cj', AL.lowerAlnum, 26, 'https://developers.cj.com/docs/rest-apis/authentication (personal access token created at developers.cj.com/account/personal-access-tokens, Authorization: Bearer; opaque, modelled as 26 lower-case alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Awin: publisher/advertiser API token (OAuth2 bearer generated at ui.awin.com/awin-api), issued as a UUID
  // ---------------------------------------------------------------------------------------------
  def('b52b_awin_api_token', 'awin', true, 'https://help.awin.com/apidocs/introduction-1 (API token from the API credentials page, sent as Authorization: Bearer or accessToken=; UUID-shaped)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Rakuten Advertising: the "Token Key" shown in the developer portal is base64(client_id:client_secret), sent as
  // Authorization: Bearer to https://api.linksynergy.com/token to mint access tokens
  // ---------------------------------------------------------------------------------------------
  def('b52b_rakuten_token_key', 'rakuten', true, 'https://developers.rakutenadvertising.com/guides/access_tokens (Token Key = base64 of client_id:client_secret, exchanged with scope=<SID> at /token for an access token)',
    (r) => b64(`${r.str(AL.b62, 28)}:${r.str(AL.b62, 28)}`));
  plain('b52b_rakuten_access_token', 'rakuten', AL.hex, 32, 'https://developers.rakutenadvertising.com/guides/access_tokens (access_token returned by /token, valid 60 minutes, with a refresh_token; 32 hex as returned)');

  // ---------------------------------------------------------------------------------------------
  // Everflow (affiliate tracking): network API key sent in X-Eflow-API-Key
  // ---------------------------------------------------------------------------------------------
  plain('b52b_everflow_api_key', 'everflow', AL.b62, 22, 'https://developers.everflow.io/docs/network/ (X-Eflow-API-Key header; keys created under Control Center > Security > API; modelled as 22 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // SMS marketing: Postscript (sk_ private key, pk_ public key) and Attentive (custom app API key, Bearer)
  // ---------------------------------------------------------------------------------------------
  const PS_DOC = 'https://developers.postscript.io/docs/authentication (Private Key starts sk_ and authenticates requests as Authorization: Bearer; the Public Key starts pk_ and does not authenticate)';
  def('b52b_postscript_private_key', 'postscript', true, PS_DOC, (r) => `sk_${r.hex(32)}`);
  def('b52b_postscript_public_key', 'postscript', false, PS_DOC, (r) => `pk_${r.hex(32)}`);
  plain('b52b_attentive_api_key', 'attentive', `${AL.b62}`, 40, 'https://docs.attentive.com/pages/authentication/ (custom app API key, shown once, sent as Authorization: Bearer; opaque, modelled as 40 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Snap Marketing API and Criteo: OAuth client secrets (client_credentials / refresh_token grants)
  // ---------------------------------------------------------------------------------------------
  const SNAP_DOC = 'https://developers.snap.com/api/marketing-api/Ads-API/authentication (OAuth app: client id is a UUID, client secret shown once in Business Manager; refresh_token exchanged at accounts.snapchat.com/login/oauth2/access_token)';
  def('b52b_snap_client_id', 'snapchat', false, SNAP_DOC, (r) => uuid(r));
  plain('b52b_snap_client_secret', 'snapchat', `${AL.b62}-_`, 20, `${SNAP_DOC}; secret modelled as 20 URL-safe characters`);
  plain('b52b_snap_refresh_token', 'snapchat', `${AL.b62}-_`, 86, `${SNAP_DOC}; refresh token modelled as 86 URL-safe characters`);
  const CRITEO_DOC = 'https://developers.criteo.com/marketing-solutions/docs/authorization-code-setup (app client id and client secret from the Developer Dashboard, POST /oauth2/token; secret shown once)';
  def('b52b_criteo_client_id', 'criteo', false, CRITEO_DOC, (r) => uuid(r).replace(/-/g, ''));
  plain('b52b_criteo_client_secret', 'criteo', `${AL.b62}-_.~`, 36, `${CRITEO_DOC}; modelled as 36 URL-safe characters`);

  // ---------------------------------------------------------------------------------------------
  // Identifiers that look like tokens: Google Ads customer ids, TikTok pixel codes
  // ---------------------------------------------------------------------------------------------
  def('b52b_google_ads_customer_id', 'none', false, 'https://developers.google.com/google-ads/api/docs/concepts/call-structure#cid (customer id / login-customer-id, 10 digits, written 123-456-7890 in the UI; an identifier)',
    (r) => { const d = r.digits(10); return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`; });
  def('b52b_tiktok_pixel_code', 'none', false, 'https://business-api.tiktok.com/portal/docs?id=1739583652957185 (pixel_code / event_source_id, 20 upper-case alphanumerics, public in the base code)',
    (r) => `C${r.str(AL.upperAlnum, 19)}`);
};
