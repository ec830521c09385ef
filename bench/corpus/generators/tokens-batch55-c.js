'use strict';
/** Generators added with batch55-c (creator economy and newsletters): each with the URL of the documentation it follows. */
const { AL, uuid, b64url } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Kit (formerly ConvertKit): V4 API keys (X-Kit-Api-Key header) start kit_; the legacy V3 API Secret
  // (api_secret query parameter) reaches subscribers, broadcasts and account data
  // ---------------------------------------------------------------------------------------------
  def('b55c_kit_v4_api_key', 'kit', true, 'https://developers.kit.com/v4 (V4 API keys from Settings > Developer, shown once, sent as X-Kit-Api-Key; they read kit_ followed by 32 hex characters)',
    (r) => `kit_${r.hex(32)}`);
  plain('b55c_kit_v3_api_secret', 'kit', AL.b64url, 43, 'https://developers.kit.com/api-reference/v3/overview (API V3: api_secret query parameter for subscriber, broadcast and account endpoints; a 43-character URL-safe string)');

  // ---------------------------------------------------------------------------------------------
  // beehiiv API v2: Bearer API key created per workspace (Settings > API); publication ids pub_<uuid> are
  // identifiers that appear in every URL
  // ---------------------------------------------------------------------------------------------
  const BEEHIIV_DOC = 'https://developers.beehiiv.com/docs/v2/getting-started/create-an-api-key (Authorization: Bearer <API key>; keys are 64 alphanumerics, shown once; publication ids are pub_ + UUID)';
  plain('b55c_beehiiv_api_key', 'beehiiv', AL.b62, 64, BEEHIIV_DOC);
  def('b55c_beehiiv_publication_id', 'none', false, `${BEEHIIV_DOC}; the publication id is an identifier`, (r) => `pub_${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // Buttondown: "Authorization: Token <key>", the documented example is 40 hex characters
  // ---------------------------------------------------------------------------------------------
  plain('b55c_buttondown_api_key', 'buttondown', AL.hex, 40, 'https://docs.buttondown.com/api-authentication (Authorization: Token 401f7ac8...; 40 hex characters, from the settings page)');

  // ---------------------------------------------------------------------------------------------
  // Patreon API v2: OAuth client id (public, in authorize URLs), client secret, and the Creator's Access/Refresh
  // Token shown on the client page; webhook secrets sign X-Patreon-Signature (HMAC-MD5)
  // ---------------------------------------------------------------------------------------------
  const PATREON_DOC = 'https://docs.patreon.com/#clients-and-api-keys (client id and client secret are 64-character URL-safe strings; Creator\'s Access Token and Refresh Token are 43-character URL-safe strings)';
  def('b55c_patreon_client_id', 'none', false, `${PATREON_DOC}; the client id is sent in the authorize URL`, (r) => r.str(AL.b64url, 64));
  plain('b55c_patreon_client_secret', 'patreon', AL.b64url, 64, PATREON_DOC);
  plain('b55c_patreon_creator_token', 'patreon', AL.b64url, 43, PATREON_DOC);
  plain('b55c_patreon_refresh_token', 'patreon', AL.b64url, 43, PATREON_DOC);
  plain('b55c_patreon_webhook_secret', 'patreon', AL.b64url, 64, 'https://docs.patreon.com/#webhooks (each webhook has a secret; X-Patreon-Signature is the HMAC-MD5 hex digest of the body with it)');

  // ---------------------------------------------------------------------------------------------
  // Gumroad: OAuth applications (Doorkeeper) give application id/secret and a generated access token
  // ---------------------------------------------------------------------------------------------
  const GUMROAD_DOC = 'https://app.gumroad.com/api#api-authentication (OAuth applications in Settings > Advanced; "Generate access token"; Doorkeeper tokens are 43-character base64url strings)';
  def('b55c_gumroad_application_id', 'none', false, `${GUMROAD_DOC}; the application (client) id appears in authorize URLs`, (r) => r.str(AL.b64url, 43));
  plain('b55c_gumroad_application_secret', 'gumroad', AL.b64url, 43, GUMROAD_DOC);
  plain('b55c_gumroad_access_token', 'gumroad', AL.b64url, 43, GUMROAD_DOC);

  // ---------------------------------------------------------------------------------------------
  // Make (formerly Integromat): API tokens (Authorization: Token <uuid>) and custom webhook URLs, which accept
  // data from anyone who knows them
  // ---------------------------------------------------------------------------------------------
  def('b55c_make_api_token', 'make', true, 'https://developers.make.com/api-documentation/authentication/create-authentication-token (Authorization: Token <token>; tokens are UUIDs, per zone, hidden after creation)', (r) => uuid(r));
  def('b55c_make_webhook_url', 'make', true, 'https://apps.make.com/gateway (custom webhook address https://hook.<zone>.make.com/<32 lower-case alphanumerics>; anyone with it can trigger the scenario)',
    (r) => `https://hook.${r.pick(['eu1', 'eu2', 'us1', 'us2'])}.make.com/${r.str(AL.lowerAlnum, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // impact.com (affiliate partner API): Account SID = username (identifier), Auth Token = password
  // ---------------------------------------------------------------------------------------------
  const IMPACT_DOC = 'https://integrations.impact.com/rest-apis/api-quick-start/create-an-api-key (HTTP Basic: Account SID as username, an identifier starting IR; Auth Token as password, the secret)';
  def('b55c_impact_account_sid', 'none', false, `${IMPACT_DOC}; the SID is in every URL path`, (r) => `IR${r.str(AL.b62, 32)}1`);
  plain('b55c_impact_auth_token', 'impact', `${AL.b62}-_.~`, 32, IMPACT_DOC);

  // ---------------------------------------------------------------------------------------------
  // Substack has no public API; scripts reuse the signed-in browser's substack.sid cookie (an express-session
  // style "s:<id>.<HMAC>" value, URL-encoded as s%3A...)
  // ---------------------------------------------------------------------------------------------
  def('b55c_substack_sid', 'substack', true, 'https://expressjs.com/en/resources/middleware/session.html (connect.sid-style signed session cookie s:<session id>.<base64 HMAC-SHA256>, sent URL-encoded; Substack\'s substack.sid has this shape and signs the browser in)',
    (r) => `s%3A${r.str(AL.b64url, 32)}.${r.str(AL.b62, 43)}`);

  def('b55c_rails_session_cookie', 'session', true, 'https://guides.rubyonrails.org/security.html#session-storage (CookieStore session: AES-256-GCM encrypted, written as base64(data)--base64(iv)--base64(auth tag), URL-encoded; replaying it signs the browser in)',
    (r) => `${r.str(AL.b64, 4 * r.range(40, 60)).replace(/\+/g, '%2B').replace(/\//g, '%2F')}--${r.str(AL.b64, 16)}--${r.str(AL.b64, 22)}%3D%3D`);

  // ---------------------------------------------------------------------------------------------
  // Ko-fi webhooks: the verification_token (a UUID) proves a webhook came from Ko-fi; Dub.co API keys dub_...
  // ---------------------------------------------------------------------------------------------
  def('b55c_kofi_verification_token', 'ko-fi', true, 'https://help.ko-fi.com/hc/en-us/articles/360004162298-Does-Ko-fi-have-an-API-or-webhook (verification_token in each webhook payload, a UUID shown in the Ko-fi API settings; whoever has it can forge payment events)', (r) => uuid(r));
  def('b55c_dub_api_key', 'dub', true, 'https://dub.co/docs/api-reference/tokens (workspace API keys start dub_, shown once)', (r) => `dub_${r.str(AL.b62, 24)}`);
  def('b55c_cal_api_key', 'cal.com', true, 'https://cal.com/docs/api-reference/v1/authentication (API keys cal_live_ / cal_test_ + 32 hex, passed as ?apiKey= or Bearer)', (r) => `cal_live_${r.hex(32)}`);

  plain('b55c_twitch_refresh_token', 'twitch', AL.lowerAlnum, 50, 'https://dev.twitch.tv/docs/authentication/refresh-tokens (refresh_token returned with user access tokens; long-lived, 50 lower-case alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Identifiers used in hard negatives
  // ---------------------------------------------------------------------------------------------
  def('b55c_youtube_channel_id', 'none', false, 'https://developers.google.com/youtube/v3/docs/channels (channel ids UC + 22 URL-safe characters; public)', (r) => `UC${r.str(AL.b64url, 22)}`);
  def('b55c_airtable_base_id', 'none', false, 'https://airtable.com/developers/web/api/introduction (base ids app + 14 alphanumerics, table ids tbl..., record ids rec...; identifiers)', (r, seed) => {
    const m = /^(app|tbl|rec|fld|viw)/.exec(String(seed));
    return `${m ? m[1] : 'app'}${r.str(AL.b62, 14)}`;
  });
  def('b55c_notion_page_id', 'none', false, 'https://developers.notion.com/reference/intro (page and database ids are UUIDs, often written as 32 hex without dashes; identifiers)', (r) => r.hex(32));
  def('b55c_stripe_payment_link', 'none', false, 'https://docs.stripe.com/payment-links (https://buy.stripe.com/<id>; a public checkout link meant to be shared)', (r) => `https://buy.stripe.com/${r.str(AL.b62, 14)}`);
  def('b55c_patreon_signature', 'none', false, 'https://docs.patreon.com/#webhooks (X-Patreon-Signature: HMAC-MD5 hex of one body; not reusable)', (r) => r.hex(32));
  def('b55c_ghost_member_uuid', 'none', false, 'https://ghost.org/docs/members/ (member uuid used in unsubscribe links; identifier)', (r) => uuid(r));
  def('b55c_b64url_state', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.1 (OAuth state parameter, a one-time CSRF nonce)', (r) => b64url(r.bytes(24)));
};
