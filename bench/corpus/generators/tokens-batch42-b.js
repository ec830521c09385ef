'use strict';
/** Generators added with batch42-b (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, der, seq, EC_P256_ALG, uuid, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---- payments ------------------------------------------------------------------------------
  def('b42b_adyen_hmac_key', 'adyen', true, 'https://docs.adyen.com/development-resources/webhooks/secure-webhooks/verify-hmac-signatures (webhook HMAC key, hex-encoded; 64 upper-case hex as generated in the Customer Area)',
    (r) => r.str(AL.HEX, 64));
  const SQUARE_TOKENS = 'https://developer.squareup.com/docs/build-basics/access-tokens';
  def('b42b_square_application_id', 'square', false, `${SQUARE_TOKENS} (application ID sq0idp- + 22 base64url; identifies the app and is used client-side by the Web Payments SDK)`,
    (r) => `sq0idp-${r.str(AL.b64url, 22)}`);
  def('b42b_square_location_id', 'none', false, 'https://developer.squareup.com/docs/locations-api (location id, L + 12 upper-case alphanumerics as issued; an identifier)',
    (r) => `L${r.str(AL.upperAlnum, 12)}`);
  def('b42b_square_webhook_signature_key', 'square', true, 'https://developer.squareup.com/docs/webhooks/step3validate (subscription signature key for the HMAC-SHA256 x-square-hmacsha256-signature; 22 base64url as shown in the Developer Console)',
    (r) => r.str(AL.b64url, 22));
  const BT_CREDS = 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials';
  def('b42b_braintree_tokenization_key', 'braintree', false, 'https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key/ (static, reduced-privilege client key production_<8>_<16>; shipped with apps by design)',
    (r) => `production_${r.str(AL.lowerAlnum, 8)}_${r.str(AL.lowerAlnum, 16)}`);
  def('b42b_braintree_merchant_id', 'braintree', false, `${BT_CREDS} (merchant ID, 16 lower-case alphanumerics; an identifier)`, (r) => r.str(AL.lowerAlnum, 16));
  def('b42b_braintree_public_key', 'braintree', false, `${BT_CREDS} (public key, user-specific identifier paired with the private key; 16 lower-case alphanumerics)`, (r) => r.str(AL.lowerAlnum, 16));
  const MOLLIE_AUTH = 'https://docs.mollie.com/reference/authentication';
  def('b42b_mollie_access_token', 'mollie', true, `${MOLLIE_AUTH} (organization / advanced access token access_ + 40 alphanumerics)`, (r) => `access_${r.str(AL.b62, 40)}`);
  def('b42b_mollie_profile_id', 'mollie', false, 'https://docs.mollie.com/reference/get-profile (profile id pfl_ + 10 alphanumerics; an identifier)', (r) => `pfl_${r.str(AL.b62, 10)}`);
  def('b42b_paypal_webhook_id', 'paypal', false, 'https://developer.paypal.com/api/rest/webhooks/rest/ (webhook id, 17 upper-case alphanumerics, passed to verify-webhook-signature; not a secret)',
    (r) => r.str(AL.upperAlnum, 17));
  def('b42b_paypal_access_token', 'paypal', true, 'https://developer.paypal.com/api/rest/authentication/ (OAuth 2.0 access token from /v1/oauth2/token, A21AA + base64url as in the documented responses)',
    (r) => `A21AA${r.str(AL.b64url, 92)}`);
  def('b42b_paypal_basic_credentials', 'paypal', true, 'https://developer.paypal.com/api/rest/authentication/ (POST /v1/oauth2/token with basic auth client_id:secret; both 80 chars; apply |b64 for the header)',
    (r) => `A${r.str(`${AL.b62}_-`, 79)}:E${r.str(`${AL.b62}_-`, 79)}`);
  const STRIPE_KEYS = 'https://docs.stripe.com/keys';
  def('b42b_stripe_publishable_test', 'stripe', false, `${STRIPE_KEYS} (pk_test_ publishable key, public by design)`, (r) => `pk_test_51${r.str(AL.b62, 97)}`);
  def('b42b_stripe_restricted_test', 'stripe', true, `${STRIPE_KEYS} (rk_test_ restricted key)`, (r) => `rk_test_51${r.str(AL.b62, 97)}`);
  def('b42b_stripe_connect_client_id', 'stripe', false, 'https://docs.stripe.com/connect/oauth-reference (client_id ca_ + 32 alphanumerics; public, part of the OAuth authorize URL)',
    (r) => `ca_${r.str(AL.b62, 32)}`);
  // The seed picks the object prefix: ⟦b42b_stripe_object_id:cus⟧, ⟦b42b_stripe_object_id:price-2⟧ ...
  const STRIPE_PREFIXES = ['cus', 'price', 'prod', 'pi', 'ch', 'evt', 'sub', 'in', 'acct', 'we', 'pm', 'seti', 'cs_live'];
  def('b42b_stripe_object_id', 'none', false, 'https://docs.stripe.com/api (object ids: type prefix + _ + base62; identifiers)', (r, seed) => {
    const p = String(seed).split(/[-#]/)[0];
    const prefix = STRIPE_PREFIXES.includes(p) ? p : 'cus';
    return `${prefix}_${r.str(AL.b62, prefix === 'acct' ? 16 : prefix === 'cs_live' ? 58 : 24)}`;
  });

  // ---- messaging and email -------------------------------------------------------------------
  const TWILIO_PREFIXES = ['VA', 'MG', 'PN', 'SM', 'CA', 'IS', 'CH', 'AP'];
  def('b42b_twilio_sid', 'twilio', false, 'https://www.twilio.com/docs/glossary/what-is-a-sid (resource SIDs: two-letter type prefix + 32 hex; the seed picks the prefix)', (r, seed) => {
    const p = String(seed).slice(0, 2).toUpperCase();
    return `${TWILIO_PREFIXES.includes(p) ? p : 'MG'}${r.hex(32)}`;
  });
  def('b42b_twilio_basic_credentials', 'twilio', true, 'https://www.twilio.com/docs/usage/requests-to-twilio (HTTP basic auth: Account SID AC + 32 hex as username, 32-hex Auth Token as password; apply |b64 for the header)',
    (r) => `AC${r.hex(32)}:${r.hex(32)}`);
  def('b42b_vonage_api_key', 'vonage', false, 'https://developer.vonage.com/en/getting-started/concepts/authentication (API key: 8 hex, the account identifier sent alongside the API secret)',
    (r) => r.hex(8));
  def('b42b_sendgrid_webhook_public_key', 'sendgrid', false, 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features (Signed Event Webhook verification key: base64 ECDSA P-256 public key)',
    (r) => b64(seq(EC_P256_ALG, der(0x03, Buffer.concat([Buffer.from([0x00, 0x04]), r.bytes(64)])))));
  def('b42b_sendgrid_template_id', 'none', false, 'https://www.twilio.com/docs/sendgrid/ui/sending-email/how-to-send-an-email-with-dynamic-templates (dynamic template id d- + 32 hex)',
    (r) => `d-${r.hex(32)}`);
  def('b42b_mailgun_webhook_signing_key', 'mailgun', true, 'https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks (HTTP webhook signing key for the HMAC-SHA256 of timestamp+token; 32 hex as shown in the control panel)',
    (r) => r.hex(32));

  // ---- CRM, marketing, support ---------------------------------------------------------------
  def('b42b_hubspot_pat_eu', 'hubspot', true, 'https://developers.hubspot.com/docs/api/private-apps (private app access token pat-<hublet>-<uuid>; EU accounts use eu1)',
    (r) => `pat-eu1-${uuid(r)}`);
  const SF_CONNECTED = 'https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm';
  def('b42b_salesforce_consumer_key', 'salesforce', false, `${SF_CONNECTED} (consumer key = OAuth client_id, 3MVG9 + 80 chars as issued; an identifier)`,
    (r) => `3MVG9${r.str(`${AL.b62}._`, 80)}`);
  def('b42b_salesforce_consumer_secret', 'salesforce', true, `${SF_CONNECTED} (consumer secret, 64 upper-case hex as issued by current orgs)`, (r) => r.str(AL.HEX, 64));
  def('b42b_salesforce_security_token', 'salesforce', true, 'https://help.salesforce.com/s/articleView?id=sf.user_security_token.htm (user security token appended to the password for API logins; 25 alphanumerics as mailed)',
    (r) => r.str(AL.b62, 25));
  def('b42b_salesforce_refresh_token', 'salesforce', true, 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_refresh_token_flow.htm (OAuth refresh token, 5Aep861 + 80 chars as issued)',
    (r) => `5Aep861${r.str(`${AL.b62}._`, 80)}`);
  def('b42b_salesforce_sfdx_auth_url', 'salesforce', true, 'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm (SFDX auth URL force://<clientId>:<clientSecret>:<refreshToken>@<instance>)',
    (r) => `force://PlatformCLI::5Aep861${r.str(`${AL.b62}.`, 80)}@${r.pick(['ledgerline', 'tidepool-surf', 'northfold'])}.my.salesforce.com`);
  def('b42b_pipedrive_api_token', 'pipedrive', true, 'https://pipedrive.readme.io/docs/how-to-find-the-api-token (personal api_token, 40 hex as shown in Personal preferences > API)',
    (r) => r.hex(40));
  def('b42b_zendesk_oauth_token', 'zendesk', true, 'https://developer.zendesk.com/api-reference/ticketing/oauth/oauth_tokens/ (OAuth access token, 64 hex as issued)', (r) => r.hex(64));
  def('b42b_intercom_identity_secret', 'intercom', true, 'https://www.intercom.com/help/en/articles/183-set-up-identity-verification-for-web-and-mobile (identity verification secret for the HMAC-SHA256 user_hash; 40 alphanumerics as shown in settings)',
    (r) => r.str(AL.b62, 40));
  def('b42b_intercom_client_secret', 'intercom', true, 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication/setting-up-oauth (OAuth app client secret, a UUID as shown on the Developer Hub Authentication page)',
    (r) => uuid(r));
  def('b42b_intercom_app_id', 'intercom', false, 'https://developers.intercom.com/installing-intercom/web/installation (workspace app_id, 8 lower-case alphanumerics, embedded in the Messenger snippet)',
    (r) => r.str(AL.lowerAlnum, 8));
  def('b42b_klaviyo_public_key', 'klaviyo', false, 'https://developers.klaviyo.com/en/docs/retrieve_api_credentials (public API key / site ID, 6 characters, used by onsite JavaScript)',
    (r) => r.str(AL.upperAlnum, 6));
  def('b42b_mailchimp_audience_id', 'none', false, 'https://mailchimp.com/developer/marketing/api/lists/ (audience/list id, 10 hex; an identifier)', (r) => r.hex(10));
  def('b42b_segment_config_token', 'segment', true, 'https://www.twilio.com/docs/segment/api/config-api/authentication (Config API access token: two 43-char base64url parts joined by a dot)',
    (r) => `${r.str(AL.b64url, 43)}.${r.str(AL.b64url, 43)}`);
  def('b42b_algolia_secured_key', 'algolia', false, 'https://www.algolia.com/doc/guides/security/api-keys/how-to/user-restricted-access-to-data/ (secured API key: base64 of HMAC hex + query params, derived from a search key for the frontend)',
    (r) => b64(`${r.hex(64)}filters=tenant_id%3A${r.digits(4)}&validUntil=${epoch(r) + 86400}`));

  // ---- e-commerce platforms ------------------------------------------------------------------
  const SHOPIFY_AUTH = 'https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets';
  def('b42b_shopify_api_key', 'shopify', false, `${SHOPIFY_AUTH} (client ID / API key, 32 hex; public, in shopify.app.toml and App Bridge)`, (r) => r.hex(32));
  def('b42b_shopify_partner_token', 'shopify', true, 'https://shopify.dev/docs/api/partner#authentication (Partner API client access token, prtapi_ + 32 hex)', (r) => `prtapi_${r.hex(32)}`);
  const BC_ACCOUNTS = 'https://developer.bigcommerce.com/docs/start/authentication/api-accounts';
  def('b42b_bigcommerce_access_token', 'bigcommerce', true, `${BC_ACCOUNTS} (store API account access token, X-Auth-Token; 31 lower-case alphanumerics as issued)`, (r) => r.str(AL.lowerAlnum, 31));
  def('b42b_bigcommerce_client_id', 'bigcommerce', false, `${BC_ACCOUNTS} (client ID, 31 lower-case alphanumerics; an identifier)`, (r) => r.str(AL.lowerAlnum, 31));
  def('b42b_bigcommerce_client_secret', 'bigcommerce', true, `${BC_ACCOUNTS} (client secret, 64 hex as issued)`, (r) => r.hex(64));
  def('b42b_bigcommerce_store_hash', 'none', false, `${BC_ACCOUNTS} (store hash from the API path /stores/<hash>/; an identifier)`, (r) => r.str(AL.lowerAlnum, 10));
  def('b42b_magento_integration_token', 'magento', true, 'https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/ (integration access token, 32 lower-case alphanumerics)',
    (r) => r.str(AL.lowerAlnum, 32));
  def('b42b_wc_order_key', 'none', false, 'https://woocommerce.github.io/woocommerce-rest-api-docs/#order-properties (order_key wc_order_ + 13 alphanumerics; a guest-order lookup key, not a credential)',
    (r) => `wc_order_${r.str(AL.b62, 13)}`);
};
