'use strict';
/** Generators added with batch46-b (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---- ad tech -------------------------------------------------------------------------------
  plain('b46b_google_ads_developer_token', 'google-ads', AL.b62, 22, 'https://developers.google.com/google-ads/api/docs/api-policy/developer-token (developer token: a 22-character alphanumeric string sent in the developer-token HTTP/gRPC header)');
  plain('b46b_meta_app_secret', 'facebook', AL.hex, 32, 'https://developers.facebook.com/docs/facebook-login/security/#appsecret (App Secret from App Dashboard > Settings > Basic; 32 hex as the dashboard shows it; signs appsecret_proof)');
  def('b46b_meta_appsecret_proof', 'none', false, 'https://developers.facebook.com/docs/graph-api/securing-requests/#appsecret_proof (HMAC-SHA256 of one access token keyed with the app secret, 64 hex; a request signature, not a credential)',
    (r) => r.hex(64));
  def('b46b_meta_ad_account_id', 'none', false, 'https://developers.facebook.com/docs/marketing-api/reference/ad-account/ (ad account id act_<digits>; an identifier)',
    (r) => `act_${r.digits(r.pick([15, 16]))}`);
  plain('b46b_tiktok_ads_access_token', 'tiktok', AL.hex, 40, 'https://business-api.tiktok.com/portal/docs?id=1738373164380162 (Marketing API long-term access token sent in the Access-Token header; 40 hex characters as returned by /open_api/v1.3/oauth2/access_token/)');
  plain('b46b_tiktok_app_secret', 'tiktok', AL.hex, 40, 'https://business-api.tiktok.com/portal/docs?id=1738373164380162 (developer app secret posted with app_id and auth_code to oauth2/access_token; 40 hex as shown under My Apps)');
  def('b46b_tiktok_advertiser_id', 'none', false, 'https://business-api.tiktok.com/portal/docs?id=1738455508553729 (advertiser_id, 19 digits; an identifier)',
    (r) => r.digits(19));
  def('b46b_linkedin_access_token', 'linkedin', true, 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow (3-legged member access token, 60-day lifetime, sent as Bearer; opaque, about 350 URL-safe characters beginning AQ as issued)',
    (r) => `AQ${r.pick(['V', 'W', 'X', 'U'])}${r.str(AL.b64url, 347)}`);
  def('b46b_linkedin_refresh_token', 'linkedin', true, 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/programmatic-refresh-tokens (refresh token, 365-day lifetime; opaque URL-safe string beginning AQ as issued)',
    (r) => `AQ${r.pick(['V', 'W', 'X'])}${r.str(AL.b64url, 245)}`);
  def('b46b_ttd_api_token', 'thetradedesk', true, 'https://open.thetradedesk.com/advertiser/docsApp/Foundations/resources/doc/PlatformAuthentication (Platform API token sent in the TTD-Auth header, generated in Access Management or by POST /v3/authentication; opaque, modelled as 128 base64 characters)',
    (r) => b64(r.bytes(96)));

  // ---- analytics and customer data platforms ------------------------------------------------
  plain('b46b_segment_public_api_token', 'segment', AL.b62, 64, 'https://segment.com/docs/api/public-api/#create-a-public-api-token (Public API token, Authorization: Bearer; sgp_ prefix as registered with GitHub secret scanning; 64 alphanumerics after it, modelled)', 'sgp_');
  plain('b46b_rudderstack_workspace_token', 'rudderstack', AL.b62, 27, 'https://www.rudderstack.com/docs/dashboard-guides/workspace-tokens/ (workspace token with which a self-hosted data plane reads its whole source/destination configuration, destination credentials included; 27-character KSUID-shaped string as the dashboard shows it)');
  def('b46b_rudderstack_write_key', 'rudderstack', false, 'https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/quickstart/ (source write key, embedded in client SDK snippets; 27-character KSUID shape)',
    (r) => r.str(AL.b62, 27));
  plain('b46b_mixpanel_sa_secret', 'mixpanel', AL.b62, 32, 'https://docs.mixpanel.com/docs/orgs-and-projects/service-accounts (service account secret, the password half of HTTP Basic auth; shown once; 32 alphanumerics as issued)');
  def('b46b_mixpanel_sa_username', 'mixpanel', false, 'https://docs.mixpanel.com/docs/orgs-and-projects/service-accounts (service account username <name>.<6 chars>.mp-service-account; the user half)',
    (r) => `${r.pick(['warehouse-export', 'etl', 'dbt-sync', 'reverse-etl'])}.${r.str(AL.lowerAlnum, 6)}.mp-service-account`);
  def('b46b_mixpanel_project_token', 'mixpanel', false, 'https://docs.mixpanel.com/docs/tracking-methods/id-management/identifying-users (project token, 32 hex, embedded in every client SDK init; not a secret)',
    (r) => r.hex(32));
  def('b46b_amplitude_api_key', 'amplitude', false, 'https://amplitude.com/docs/apis/keys-and-tokens (project API key, 32 hex, used by client SDKs for ingestion; the secret key is the confidential half)',
    (r) => r.hex(32));
  def('b46b_heap_app_id', 'none', false, 'https://developers.heap.io/docs/web (environment/app id, 9-10 digits in the heap.load() snippet; public)',
    (r) => r.digits(r.pick([9, 10])));

  // ---- lifecycle marketing ------------------------------------------------------------------
  def('b46b_braze_rest_api_key', 'braze', true, 'https://www.braze.com/docs/api/basics/#rest-api-key (REST API key sent as Authorization: Bearer; UUID-shaped as shown in Settings > APIs and Identifiers)',
    (r) => uuid(r));
  def('b46b_braze_sdk_api_key', 'braze', false, 'https://www.braze.com/docs/api/identifier_types/#the-app-identifier-api-key (app identifier / SDK API key, UUID-shaped, compiled into apps; public)',
    (r) => uuid(r));
  plain('b46b_iterable_api_key', 'iterable', AL.hex, 32, 'https://support.iterable.com/hc/en-us/articles/360043464871-API-Keys (server-side API key sent in the Api-Key header; 32 hex characters)');
  def('b46b_iterable_js_key', 'iterable', false, 'https://support.iterable.com/hc/en-us/articles/360043464871-API-Keys (JavaScript/mobile API key meant for client code, paired with JWT auth; 32 hex)',
    (r) => r.hex(32));

  // ---- social publishing --------------------------------------------------------------------
  def('b46b_x_consumer_key', 'twitter', false, 'https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret (API key / consumer key, 25 alphanumerics: the app\'s username, paired with the secret)',
    (r) => r.str(AL.b62, 25));
  def('b46b_x_access_token', 'twitter', true, 'https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens (user access token <user id>-<40 alphanumerics>, used with its secret to act as the account)',
    (r) => `${r.digits(r.pick([10, 18, 19]))}-${r.str(AL.b62, 40)}`);
  plain('b46b_x_access_token_secret', 'twitter', AL.b62, 45, 'https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens (access token secret, 45 alphanumerics)');
  def('b46b_pinterest_access_token', 'pinterest', true, 'https://developers.pinterest.com/docs/developer-tools/token-debugger/ (v5 OAuth access tokens carry the pina_ prefix; body modelled as 100 alphanumerics)',
    (r) => `pina_${r.str(AL.upperAlnum, 32)}${r.str(AL.b62, 68)}`);
  def('b46b_pinterest_refresh_token', 'pinterest', true, 'https://developers.pinterest.com/docs/developer-tools/token-debugger/ (refresh tokens carry the pinr_ prefix; body modelled as 100 alphanumerics)',
    (r) => `pinr_${r.str(AL.upperAlnum, 32)}${r.str(AL.b62, 68)}`);
  plain('b46b_pinterest_app_secret', 'pinterest', AL.hex, 40, 'https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/ (app secret used with the app id in Basic auth to /v5/oauth/token; 40 hex as shown in My apps)');

  // ---- video and audio ----------------------------------------------------------------------
  plain('b46b_brightcove_client_secret', 'brightcove', AL.b64url, 86, 'https://apis.support.brightcove.com/oauth/getting-started/overview-oauth-api-v4.html (client secret from Admin > API Authentication, sent Base64(client_id:client_secret) to oauth.brightcove.com/v4/access_token; 86 URL-safe characters as shown once)');
  def('b46b_brightcove_policy_key', 'brightcove', false, 'https://apis.support.brightcove.com/policy/getting-started/overview-policy-api.html (policy key BCpk..., set on every player and sent by browsers to the Playback API; public by design)',
    (r) => `BCpk${r.str(AL.b64url, 150)}`);
  plain('b46b_jwplayer_v2_secret', 'jwplayer', AL.b62, 48, 'https://docs.jwplayer.com/platform/reference/authentication (Management API v2 secret, Authorization: Bearer {api_secret}; opaque, modelled as 48 alphanumerics)');
  plain('b46b_jwplayer_v1_secret', 'jwplayer', AL.b62, 24, 'https://docs.jwplayer.com/jwplayer/docs/authentication (v1 shared site API secret used to sign api_signature; 24 alphanumerics beside the 8-character key)');
  def('b46b_jwplayer_property_id', 'none', false, 'https://docs.jwplayer.com/platform/reference/authentication (property/site id, 8 alphanumerics in every API path and player URL; an identifier)',
    (r) => r.str(AL.b62, 8));
  plain('b46b_vimeo_access_token', 'vimeo', AL.hex, 32, 'https://developer.vimeo.com/api/authentication (personal/authenticated access token sent as Authorization: bearer; 32 hex)');
  plain('b46b_vimeo_client_secret', 'vimeo', `${AL.b62}+/`, 128, 'https://developer.vimeo.com/api/authentication (client secret under Manage App Secrets; 128 characters as shown)');
  def('b46b_vimeo_client_id', 'vimeo', false, 'https://developer.vimeo.com/api/authentication (client identifier, 40 hex; the public half)', (r) => r.hex(40));
  def('b46b_cloudinary_api_key', 'cloudinary', false, 'https://cloudinary.com/documentation/upload_images#generating_authentication_signatures (API key, 15 digits, sent by browsers with signed uploads; the secret is the confidential half)',
    (r) => r.digits(15));
  plain('b46b_buzzsprout_api_token', 'buzzsprout', AL.hex, 32, 'https://github.com/buzzsprout/buzzsprout-api#authentication (Authorization: Token token=<api token>; 32 hex as shown under My Profile > API)');

  // ---- publishing CMS -------------------------------------------------------------------------
  plain('b46b_arcxp_access_token', 'arcxp', AL.upperAlnum, 128, 'https://dev.arcxp.com/api/accessing-arcxp-apis (developer access token from Developer Center, Authorization: Bearer against api.<org>.arcpublishing.com; opaque, modelled as 128 upper-case alphanumerics)');
  plain('b46b_contentful_preview_token', 'contentful', `${AL.b62}-_`, 43, 'https://www.contentful.com/developers/docs/references/authentication/#api-keys-in-the-contentful-web-app (Content Preview API token, returns unpublished drafts; 43 URL-safe characters)');
  def('b46b_contentful_space_id', 'none', false, 'https://www.contentful.com/developers/docs/references/content-delivery-api/#/introduction/common-resource-attributes (space id, 12 lower-case alphanumerics; an identifier)',
    (r) => r.str(AL.lowerAlnum, 12));
  def('b46b_sanity_project_id', 'none', false, 'https://www.sanity.io/docs/http-api (project id, 8 lower-case alphanumerics, public in studio and client config)',
    (r) => r.str(AL.lowerAlnum, 8));
  def('b46b_apple_news_secret', 'apple', true, 'https://developer.apple.com/documentation/applenewsapi/apple-news-security-overview (channel API key secret: base64 of a 32-byte HMAC-SHA256 key; paired with a UUID key id)',
    (r) => b64(r.bytes(32)));
  def('b46b_arc_fusion_encrypted', 'none', false, 'https://dev.arcxp.com/pagebuilder-engine/core-concepts/pagebuilder-engine-how-access-tokens-work-in-pagebuilder (PageBuilder environment secrets are committed encrypted as %{...}; modelled as base64 ciphertext)',
    (r) => b64(r.bytes(r.range(120, 200))));

  // ---- Google Apps Script tooling -----------------------------------------------------------
  def('b46b_installed_app_client_secret', 'gcp', false, 'https://developers.google.com/identity/protocols/oauth2/native-app (installed/desktop applications "cannot keep secrets": the client secret compiled into an open-source CLI such as clasp is public; legacy 24-character URL-safe format)',
    (r) => r.str(`${AL.b62}-_`, 24));
};
