'use strict';
/** Generators added with batch54-a: each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Bright Data: account API key (Authorization: Bearer, 64 hex as in the documented example), the customer id
  // hl_<8 hex> that appears in every proxy username (brd-customer-hl_xxxxxxxx-zone-<zone>), and zone passwords
  // ---------------------------------------------------------------------------------------------
  plain('b54a_brightdata_api_key', 'brightdata', AL.hex, 64, 'https://docs.brightdata.com/api-reference/authentication (API key sent as Authorization: Bearer; documented example is 64 hex)');
  def('b54a_brightdata_customer_id', 'none', false, 'https://docs.brightdata.com/proxy-networks/config-options (username brd-customer-<customer_id>-zone-<zone>; the customer id hl_ + 8 hex is an account identifier, not a credential)',
    (r) => `hl_${r.hex(8)}`);
  plain('b54a_brightdata_zone_password', 'brightdata', AL.lowerAlnum, 12, 'https://docs.brightdata.com/api-reference/account-management-api/Get_Zone_passwords (zone password, the proxy-protocol password of a zone; issued as 12 lower-case alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Apify: personal API tokens apify_api_ + 36 alphanumerics; Apify Proxy password (alphanumeric, per account);
  // run, dataset and actor ids are 17 alphanumerics and are identifiers
  // ---------------------------------------------------------------------------------------------
  def('b54a_apify_api_token', 'apify', true, 'https://docs.apify.com/platform/integrations/api#api-token (secret API token, prefixed apify_api_, Bearer or ?token=)',
    (r) => `apify_api_${r.str(AL.b62, 36)}`);
  plain('b54a_apify_proxy_password', 'apify', AL.b62, 25, 'https://docs.apify.com/platform/proxy/usage#connection-settings (proxy password from Console > Proxy; http://groups-RESIDENTIAL:<password>@proxy.apify.com:8000)');
  def('b54a_apify_resource_id', 'none', false, 'https://docs.apify.com/api/v2 (actor, run, dataset and key-value store ids: 17 alphanumerics; identifiers)',
    (r) => r.str(AL.b62, 17));

  // ---------------------------------------------------------------------------------------------
  // Zyte: Zyte API key (HTTP Basic username, empty password; also the proxy-mode user) and the Scrapy Cloud
  // API key used by shub / scrapinghub-python-client (SHUB_APIKEY), both 32 hex
  // ---------------------------------------------------------------------------------------------
  plain('b54a_zyte_api_key', 'zyte', AL.hex, 32, 'https://docs.zyte.com/zyte-api/usage/index.html (curl --user YOUR_ZYTE_API_KEY: and --proxy-user YOUR_ZYTE_API_KEY:; keys 32 hex)');
  plain('b54a_scrapycloud_api_key', 'zyte', AL.hex, 32, 'https://shub.readthedocs.io/en/latest/configuration.html (apikey in ~/.scrapinghub.yml or SHUB_APIKEY; 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // CAPTCHA-solving services: 2Captcha and Anti-Captcha account keys (32 hex, the clientKey / key parameter),
  // CapSolver keys (CAP- + 32 upper-case hex)
  // ---------------------------------------------------------------------------------------------
  plain('b54a_2captcha_api_key', '2captcha', AL.hex, 32, 'https://2captcha.com/api-docs (clientKey / key parameter: "Please ensure it is 32 characters long"; hex as issued)');
  plain('b54a_anticaptcha_key', 'anti-captcha', AL.hex, 32, 'https://anti-captcha.com/apidoc/methods/createTask (clientKey: the 32-hex account key)');
  def('b54a_capsolver_key', 'capsolver', true, 'https://docs.capsolver.com/guide/getting-started (clientKey from the dashboard, CAP- followed by 32 upper-case hex)',
    (r) => `CAP-${r.str(AL.HEX, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // Decodo (formerly Smartproxy): Web Scraping API "basic authentication token" = base64(U<10 digits>:PW_<13 hex>),
  // sent as Authorization: Basic; proxy users are sp<8 alnum> with a generated password that may hold ~ and _
  // ---------------------------------------------------------------------------------------------
  const DECODO_DOC = 'https://github.com/Decodo/Web-Scraping-API (Authentication: the dashboard generates Authorization: Basic <token> from the API user and password; generated API users look like U0000123456 with passwords PW_ + hex)';
  def('b54a_decodo_basic_token', 'decodo', true, DECODO_DOC,
    (r) => b64(`U${r.str(AL.digit, 10)}:PW_${r.hex(r.pick([13, 16]))}`));
  plain('b54a_decodo_proxy_password', 'decodo', `${AL.b62}~_`, 18, 'https://help.decodo.com/docs/residential-proxy-authentication-methods (proxy user authentication: user-<username>:<password>@gate.decodo.com:7000; generated passwords 18 chars with ~ and _)');

  // ---------------------------------------------------------------------------------------------
  // Oxylabs: proxy and Scraper API users are customer-<username> with a dashboard password (upper, lower, digit,
  // and _ or + required)
  // ---------------------------------------------------------------------------------------------
  def('b54a_oxylabs_password', 'oxylabs', true, 'https://developers.oxylabs.io/scraper-apis/getting-started/authentication (basic HTTP authentication with the API user\'s username and password; proxies use customer-USERNAME:PASSWORD@pr.oxylabs.io:7777; passwords need upper, lower, digit and one of _ +)',
    (r) => `${r.str(AL.upper, 1)}${r.str(AL.b62, r.range(9, 13))}${r.pick(['_', '+'])}${r.str(AL.digit, 2)}${r.str(AL.b62, 2)}`);

  // ---------------------------------------------------------------------------------------------
  // ScrapingBee (api_key, 80 upper-case alphanumerics), Webshare (API key 40 lower-case alphanumerics sent as
  // Authorization: Token; proxy passwords 12 lower-case alphanumerics), Crawlbase (normal and JavaScript tokens,
  // 22 alphanumerics), ZenRows (apikey, 40 hex)
  // ---------------------------------------------------------------------------------------------
  plain('b54a_scrapingbee_api_key', 'scrapingbee', AL.upperAlnum, 80, 'https://www.scrapingbee.com/documentation/ (api_key query parameter; dashboard keys are 80 upper-case alphanumerics)');
  plain('b54a_webshare_api_key', 'webshare', AL.lowerAlnum, 40, 'https://apidocs.webshare.io/authentication (Authorization: Token <API key>; keys 40 lower-case alphanumerics)');
  plain('b54a_webshare_proxy_password', 'webshare', AL.lowerAlnum, 12, 'https://apidocs.webshare.io/proxy-config (proxy_password of the proxy user, 12 lower-case alphanumerics; p.webshare.io:80)');
  plain('b54a_crawlbase_token', 'crawlbase', AL.b62, 22, 'https://crawlbase.com/docs/crawling-api/ (token parameter: the normal token or the JavaScript token of the account, 22 alphanumerics)');
  plain('b54a_zenrows_api_key', 'zenrows', AL.hex, 40, 'https://docs.zenrows.com/universal-scraper-api/api-reference (apikey parameter; 40 hex)');

  // ---------------------------------------------------------------------------------------------
  // scrapyd-client / Scrapy Cloud job keys (project/spider/job digits) are identifiers; a Zyte Smart Proxy Manager
  // (formerly Crawlera) key is 32 hex used as the proxy username with an empty password
  // ---------------------------------------------------------------------------------------------
  plain('b54a_zyte_spm_key', 'zyte', AL.hex, 32, 'https://docs.zyte.com/smart-proxy-manager/get-started.html (API key as proxy username, empty password: http://<APIKEY>:@proxy.crawlera.com:8011)');
  def('b54a_scrapyd_job_id', 'none', false, 'https://scrapyd.readthedocs.io/en/latest/api.html#schedule-json (jobid: a hex UUID without dashes, an identifier)',
    (r) => uuid(r).replace(/-/g, ''));

  // ---------------------------------------------------------------------------------------------
  // Hetzner Cloud project API token (where the browser-farm nodes run): 64 alphanumerics, Bearer / HCLOUD_TOKEN
  // ---------------------------------------------------------------------------------------------
  plain('b54a_hcloud_token', 'hetzner', AL.b62, 64, 'https://docs.hetzner.cloud/#authentication (project API token, Authorization: Bearer; the hcloud CLI reads HCLOUD_TOKEN; 64 alphanumerics)');
};
