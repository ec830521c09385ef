'use strict';
/** Generators added with batch47-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

/** GS1 mod-10 check digit over a digit string (GTIN-13 / EAN) */
function gs1Check(digits) {
  let sum = 0;
  [...digits].reverse().forEach((d, i) => (sum += Number(d) * (i % 2 === 0 ? 3 : 1)));
  return String((10 - (sum % 10)) % 10);
}

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Amazon Selling Partner API / Login with Amazon
  // ---------------------------------------------------------------------------------------------
  const LWA_DOC = 'https://developer-docs.amazon.com/sp-api/docs/viewing-your-application-information-and-credentials (LWA credentials: Client identifier amzn1.application-oa2-client.<32 hex>, Client secret amzn1.oa2-cs.v1.<64 hex>; refresh token from self-authorization, Atzr|...)';
  def('b47a_lwa_client_id', 'amazon', false, LWA_DOC, (r) => `amzn1.application-oa2-client.${r.hex(32)}`);
  def('b47a_lwa_client_secret', 'amazon', true, LWA_DOC, (r) => `amzn1.oa2-cs.v1.${r.hex(64)}`);
  // secrets of LWA security profiles created before the amzn1.oa2-cs.v1. prefix: 64 hex
  plain('b47a_lwa_client_secret_legacy', 'amazon', AL.hex, 64, `${LWA_DOC} (older security profiles: bare 64 hex)`);
  // Refresh / access tokens returned by https://api.amazon.com/auth/o2/token: Atzr| / Atza| + IwEB + base64url
  const LWA_TOKEN_DOC = 'https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api (POST https://api.amazon.com/auth/o2/token; refresh_token Atzr|IwEB..., access_token Atza|IwEB..., about 300-400 base64url characters)';
  def('b47a_lwa_refresh_token', 'amazon', true, LWA_TOKEN_DOC, (r) => `Atzr|IwEBI${r.str(`${AL.b62}-_`, r.range(290, 330))}`);
  def('b47a_lwa_access_token', 'amazon', true, LWA_TOKEN_DOC, (r) => `Atza|IwEBI${r.str(`${AL.b62}-_`, r.range(330, 370))}`);
  // Identifiers that travel with SP-API data: merchant token / seller id, order ids, ASINs (public)
  def('b47a_amazon_seller_id', 'none', false, 'https://developer-docs.amazon.com/sp-api/docs/sellers-api-v1-reference (sellerId / merchant token: A + 12-13 upper-case alphanumerics; an identifier)',
    (r) => `A${r.str(AL.upperAlnum, r.pick([12, 13]))}`);
  def('b47a_amazon_order_id', 'none', false, 'https://developer-docs.amazon.com/sp-api/docs/orders-api-v0-reference#order (AmazonOrderId, 3-7-7 digits; an identifier)',
    (r) => `${r.pick(['111', '112', '113', '114', '702', '171', '205'])}-${r.str(AL.digit, 7)}-${r.str(AL.digit, 7)}`);
  def('b47a_asin', 'none', false, 'https://developer-docs.amazon.com/sp-api/docs/catalog-items-api-v2022-04-01-reference (ASIN: 10 upper-case alphanumerics, B0...; a public catalog identifier)',
    (r) => `B0${r.str(AL.upperAlnum, 8)}`);

  // ---------------------------------------------------------------------------------------------
  // eBay
  // ---------------------------------------------------------------------------------------------
  const EBAY_KEYS_DOC = 'https://developer.ebay.com/api-docs/static/gs_understand-application-keysets.html (keyset: App ID / client ID identifies the app, Dev ID identifies the developer, Cert ID / client secret "like a password"; issued as <Name>-<App>-PRD-<9 hex>-<8 hex> and PRD-<12 hex>-<4>-<4>-<4>-<4>)';
  // the seed decides the environment: seeds containing "sbx"/"sandbox" give Sandbox keysets
  const ebayEnv = (seed) => (/sbx|sandbox/i.test(String(seed)) ? 'SBX' : 'PRD');
  def('b47a_ebay_app_id', 'ebay', false, EBAY_KEYS_DOC, (r, seed) => {
    const name = r.pick(['AnaMarti', 'JohnSmit', 'KevinLee', 'SarahCon', 'MikeOsbo', 'DevTeam1', 'OpsAdmin', 'PriyaRam']);
    const app = r.pick(['ListSync', 'OrderBri', 'Inventor', 'ChannelS', 'Reprice', 'StockPus']);
    return `${name}-${app}-${ebayEnv(seed)}-${r.hex(9)}-${r.hex(8)}`;
  });
  def('b47a_ebay_cert_id', 'ebay', true, EBAY_KEYS_DOC, (r, seed) => `${ebayEnv(seed)}-${r.hex(12)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}`);
  def('b47a_ebay_dev_id', 'ebay', false, EBAY_KEYS_DOC, (r) => uuid(r));
  // OAuth user access token (2 h) and refresh token (18 months) as minted by /identity/v1/oauth2/token
  const EBAY_OAUTH_DOC = 'https://developer.ebay.com/api-docs/static/oauth-refresh-token-request.html (User access tokens and refresh tokens read v^1.1#i^1#p^3#...#t^<base64>; refresh token t^ carries base64 of R^1_0_8:<32 HEX>_2_1#E^260)';
  def('b47a_ebay_user_token', 'ebay', true, EBAY_OAUTH_DOC,
    (r) => `v^1.1#i^1#${r.pick(['p^3#r^0#f^0#I^3', 'p^3#I^3#r^0#f^0', 'p^1#r^0#I^3#f^0'])}#t^H4sIAAAAAAAAAO${r.str(AL.b64, r.range(560, 640))}`);
  def('b47a_ebay_refresh_token', 'ebay', true, EBAY_OAUTH_DOC,
    (r) => `v^1.1#i^1#p^3#I^3#r^1#f^0#t^${b64(`R^1_0_${r.range(1, 9)}:${r.str(AL.HEX, 32)}_${r.range(0, 3)}_1#E^${r.pick(['260', '1284', '13'])}`)}`);
  // Legacy Auth'n'Auth token (Trading API RequesterCredentials/eBayAuthToken), about 870 chars
  def('b47a_ebay_authnauth_token', 'ebay', true, 'https://developer.ebay.com/api-docs/static/authnauth-getting-a-token.html (Auth\'n\'Auth user token for the Trading API, 18-month lifetime; issued tokens begin AgAAAA**AQAAAA**aAAAAA**)',
    (r) => `AgAAAA**AQAAAA**aAAAAA**${r.str(AL.b64, 24)}**nY+sHZ2PrBmdj6wVnY+sEZ2PrA2dj6${r.str(AL.b64, 20)}**${r.str(AL.b64, r.range(700, 760))}`);

  // ---------------------------------------------------------------------------------------------
  // Etsy Open API v3
  // ---------------------------------------------------------------------------------------------
  const ETSY_DOC = 'https://developers.etsy.com/documentation/essentials/authentication/ (App API Key keystring = OAuth client_id, sent in the authorize URL; shared secret kept private; access_token and refresh_token read <user id>.<token>)';
  def('b47a_etsy_keystring', 'etsy', false, ETSY_DOC, (r) => r.str(AL.lowerAlnum, 24));
  plain('b47a_etsy_shared_secret', 'etsy', AL.lowerAlnum, 10, ETSY_DOC);
  def('b47a_etsy_access_token', 'etsy', true, ETSY_DOC, (r) => `${r.digits(9)}.${r.str(`${AL.b62}-_`, 86)}`);
  def('b47a_etsy_refresh_token', 'etsy', true, ETSY_DOC, (r) => `${r.digits(9)}.${r.str(`${AL.b62}-_`, 86)}`);

  // ---------------------------------------------------------------------------------------------
  // Shopify (kinds the older batches lack)
  // ---------------------------------------------------------------------------------------------
  // Theme Access app passwords for Shopify CLI / Theme Kit: shptka_ + 32 hex
  def('b47a_shopify_theme_access', 'shopify', true, 'https://shopify.dev/docs/storefronts/themes/tools/theme-access (Theme Access passwords, scoped to write_themes; used as --password / SHOPIFY_CLI_THEME_TOKEN; shptka_ + 32 hex)',
    (r) => `shptka_${r.hex(32)}`);
  // Multipass secret (Shopify Plus): SHA-256 of it gives the AES and HMAC keys, so it mints customer logins
  plain('b47a_shopify_multipass_secret', 'shopify', AL.hex, 32, 'https://shopify.dev/docs/api/multipass (secret shown after enabling Multipass; encryption and signing keys derive from it; issued as 32 hex)');
  // X-Shopify-Hmac-Sha256 header on a delivered webhook: base64 HMAC, a signature, not a secret
  def('b47a_shopify_webhook_hmac', 'none', false, 'https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook (X-Shopify-Hmac-SHA256: base64 of an HMAC-SHA256 digest; a per-message signature)',
    (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Adobe Commerce / Magento Marketplace
  // ---------------------------------------------------------------------------------------------
  const MAGE_REPO_DOC = 'https://experienceleague.adobe.com/docs/commerce-operations/installation-guide/prerequisites/authentication-keys.html (repo.magento.com access keys: a pair of 32-character keys; public key = Composer username, private key = password)';
  def('b47a_magento_repo_public_key', 'magento', false, MAGE_REPO_DOC, (r) => r.hex(32));
  plain('b47a_magento_repo_private_key', 'magento', AL.hex, 32, MAGE_REPO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Point of sale
  // ---------------------------------------------------------------------------------------------
  const TOAST_DOC = 'https://doc.toasttab.com/doc/devguide/apiClientAccounts.html (client identifier and client secret from the Toast integrations team; the secret "is similar to a password"; documented example shapes: 32 alphanumerics and 64 base64url)';
  def('b47a_toast_client_id', 'toast', false, TOAST_DOC, (r) => r.str(AL.b62, 32));
  plain('b47a_toast_client_secret', 'toast', `${AL.b62}-_`, 64, TOAST_DOC);
  def('b47a_toast_restaurant_guid', 'none', false, 'https://doc.toasttab.com/doc/devguide/apiRestaurantExternalIdentifier.html (Toast-Restaurant-External-ID header: the restaurant GUID; an identifier)', (r) => uuid(r));
  const CLOVER_DOC = 'https://docs.clover.com/docs/merchant-id-and-api-token-for-development (merchantId: 13 alphanumerics; API tokens are merchant-specific bearer tokens, issued as UUIDs)';
  def('b47a_clover_merchant_id', 'none', false, CLOVER_DOC, (r) => r.str(AL.upperAlnum, 13));
  def('b47a_clover_api_token', 'clover', true, CLOVER_DOC, (r) => uuid(r));
  // Lightspeed Retail (X-Series, ex-Vend) personal tokens: Bearer tokens created by the retailer
  plain('b47a_lightspeed_x_personal_token', 'lightspeed', `${AL.b62}_`, 40, 'https://x-series-api.lightspeedhq.com/docs/authorization (personal tokens: Setup > Personal Tokens, sent as Authorization: Bearer; modelled on issued tokens: 40 alphanumerics and underscores)');
  // Lightspeed Retail (R-Series) OAuth: client id / secret 64 hex, refresh token 40 hex
  const LSR_DOC = 'https://developers.lightspeedhq.com/retail/authentication/authentication-overview/ (client_id, client_secret from the developer portal; refresh_token exchanged at /oauth/access_token.php; issued as 64 hex and 40 hex)';
  def('b47a_lightspeed_r_client_id', 'lightspeed', false, LSR_DOC, (r) => r.hex(64));
  plain('b47a_lightspeed_r_client_secret', 'lightspeed', AL.hex, 64, LSR_DOC);
  plain('b47a_lightspeed_r_refresh_token', 'lightspeed', AL.hex, 40, LSR_DOC);

  // ---------------------------------------------------------------------------------------------
  // Sales tax
  // ---------------------------------------------------------------------------------------------
  const AVA_DOC = 'https://www.npmjs.com/package/avalara (AvaTax account number: ten digits, e.g. 1100012345; license key: 16 characters, e.g. 1A2B3C4D5E6F7G8H, used as the Basic-auth password)';
  def('b47a_avalara_account_id', 'none', false, AVA_DOC, (r) => `${r.pick(['11', '20', '24'])}00${r.str(AL.digit, 6)}`);
  plain('b47a_avalara_license_key', 'avalara', AL.HEX, 16, AVA_DOC);
  plain('b47a_taxjar_token', 'taxjar', AL.hex, 32, 'https://developers.taxjar.com/integrations/authentication (merchant API token sent as Authorization: Bearer; issued as 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // Reviews, loyalty, subscriptions, helpdesk
  // ---------------------------------------------------------------------------------------------
  const YOTPO_DOC = 'https://support.yotpo.com/docs/finding-your-yotpo-app-key-and-secret-key (app key = store id, embedded in storefront widgets; secret key = API secret, exchanged at POST /oauth/token for a utoken; 40 alphanumerics each)';
  def('b47a_yotpo_app_key', 'yotpo', false, YOTPO_DOC, (r) => r.str(AL.b62, 40));
  plain('b47a_yotpo_secret_key', 'yotpo', AL.b62, 40, YOTPO_DOC);
  plain('b47a_yotpo_utoken', 'yotpo', AL.b62, 40, YOTPO_DOC);
  const JUDGEME_DOC = 'https://nango.dev/docs/api-integrations/judgeme/connect (Judge.me Settings > Integrations > View API tokens: public token for widgets, private API token for the REST API; modelled as 27 base64url characters)';
  def('b47a_judgeme_public_token', 'judgeme', false, JUDGEME_DOC, (r) => r.str(`${AL.b62}-_`, 27));
  plain('b47a_judgeme_private_token', 'judgeme', `${AL.b62}-_`, 27, JUDGEME_DOC);
  def('b47a_recharge_api_token', 'recharge', true, 'https://developer.getrecharge.com/2021-11/ (X-Recharge-Access-Token: store API token from Tools & apps > API tokens; issued as sk_1x1_ + 64 hex, sk_test_1x1_ in test stores)',
    (r) => `sk_1x1_${r.hex(64)}`);
  plain('b47a_gorgias_api_key', 'gorgias', AL.hex, 64, 'https://developers.gorgias.com/docs/access-tokens-api-keys (REST API key used as the Basic-auth password with the user email; issued as 64 hex)');

  // ---------------------------------------------------------------------------------------------
  // Product search
  // ---------------------------------------------------------------------------------------------
  const CNSTRC_DOC = 'https://docs.constructor.com/reference/main-authentication (public API key key_<16> identifies the index on search requests; private API token tok_<16> authenticates catalog/config calls)';
  def('b47a_constructor_api_key', 'constructor', false, CNSTRC_DOC, (r) => `key_${r.str(AL.b62, 16)}`);
  def('b47a_constructor_api_token', 'constructor', true, CNSTRC_DOC, (r) => `tok_${r.str(AL.b62, 16)}`);
  const SSPRING_DOC = 'https://searchspring.zendesk.com/hc/en-us/articles/202518745-SearchSpring-Live-Indexing-API (Live Indexing API authenticated with site_id and secret_key, see https://www.rubydoc.info/gems/search_spring/0.2.5; site id public in the storefront script, 6 characters; secret key 32 hex as issued)';
  def('b47a_searchspring_site_id', 'none', false, SSPRING_DOC, (r) => r.str(AL.lowerAlnum, 6));
  plain('b47a_searchspring_secret_key', 'searchspring', AL.hex, 32, SSPRING_DOC);
  // Elastic App Search (Enterprise Search) keys: search- public search key, private- private API key
  const APPSEARCH_DOC = 'https://www.elastic.co/guide/en/app-search/7.13/authentication.html (Public Search Key prefixed search-, may be revealed; Private API Key prefixed private-, keep secret; 24 lower-case alphanumerics after the prefix)';
  def('b47a_appsearch_search_key', 'elastic', false, APPSEARCH_DOC, (r) => `search-${r.str(AL.lowerAlnum, 24)}`);
  def('b47a_appsearch_private_key', 'elastic', true, APPSEARCH_DOC, (r) => `private-${r.str(AL.lowerAlnum, 24)}`);

  // ---------------------------------------------------------------------------------------------
  // PIM
  // ---------------------------------------------------------------------------------------------
  const AKENEO_DOC = 'https://api.akeneo.com/documentation/authentication.html (connection credentials: client ID and secret plus an API user and password; FOSOAuth ids read <n>_<base36>, secrets 50 base36, e.g. 5dyvo1z6y34so4ogkgksw88ookoows00cgoc488kcs8wk4c40s)';
  def('b47a_akeneo_client_id', 'akeneo', false, AKENEO_DOC, (r) => `${r.range(1, 9)}_${r.str(AL.lowerAlnum, 50)}`);
  plain('b47a_akeneo_secret', 'akeneo', AL.lowerAlnum, 50, AKENEO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Retail identifiers (public)
  // ---------------------------------------------------------------------------------------------
  def('b47a_gtin13', 'none', false, 'https://www.gs1.org/services/how-calculate-check-digit-manually (GTIN-13 / EAN-13 with the GS1 mod-10 check digit; printed on every package)', (r) => {
    const body = `${r.pick(['0', '4', '5', '7', '8'])}${r.str(AL.digit, 11)}`;
    return body + gs1Check(body);
  });
};
