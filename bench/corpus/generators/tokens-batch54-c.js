'use strict';
/** Generators added with batch54-c: each with the URL of the documentation it follows. */
const { AL, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Translation management systems
  // ---------------------------------------------------------------------------------------------
  // Crowdin (crowdin.com and Crowdin Enterprise): personal access tokens, "alternative passwords", sent as
  // Authorization: Bearer; the console issues 80 lower-case hex characters
  plain('b54c_crowdin_pat', 'crowdin', AL.hex, 80,
    'https://support.crowdin.com/enterprise/personal-access-tokens/ (personal access tokens are alternative passwords; treat them like passwords; issued as 80 lower-case hex)');
  // Lokalise API v2: personal API token, X-Api-Token header, 40 hex as shown in Profile > API tokens
  plain('b54c_lokalise_api_token', 'lokalise', AL.hex, 40,
    'https://developers.lokalise.com/reference/api-authentication (X-Api-Token: the personal API token from Profile settings > API tokens; 40 hex characters)');
  // Lokalise project ids: <hex-ish 22 chars>.<8 digits>, shown in project settings and URLs; identifiers
  def('b54c_lokalise_project_id', 'none', false,
    'https://developers.lokalise.com/reference/project-object (project_id such as 3002780358964f9bab5a92.87762498; an identifier visible in URLs)',
    (r) => `${r.digits(4)}${r.hex(18)}.${r.digits(8)}`);
  // Phrase Strings: access tokens from Profile settings > Access tokens; Authorization: token <t>, 64 hex
  plain('b54c_phrase_access_token', 'phrase', AL.hex, 64,
    'https://developers.phrase.com/en/api/strings/authentication (access tokens sent as "Authorization: token ACCESS_TOKEN", as Basic username, or ?access_token=; issued as 64 hex)');
  // Transifex API v3: "1/" followed by 40 hex, Authorization: Bearer (the docs' own example has this shape)
  def('b54c_transifex_api_token', 'transifex', true,
    'https://developers.transifex.com/reference/api-authentication (API token generated in User settings > API token, "Authorization: Bearer 1/<40 hex>")',
    (r) => `1/${r.hex(40)}`);
  // Smartling API v2: a token holds a user identifier (sent to /auth-api/v2/authenticate, not secret alone)
  // and a user secret shown once
  const SMARTLING_DOC = 'https://help.smartling.com/hc/en-us/articles/115004187694-API-Tokens (API v2 token = userIdentifier + userSecret; the secret is shown once; identifiers are 30 lower-case alphanumerics, secrets two dot-separated alphanumeric runs)';
  def('b54c_smartling_user_identifier', 'smartling', false, `${SMARTLING_DOC}; the identifier names the token, like a client id`, (r) => r.str(AL.lower, 30));
  def('b54c_smartling_user_secret', 'smartling', true, SMARTLING_DOC,
    (r) => `${r.str(AL.lowerAlnum, 26)}${r.str(AL.upper, 1)}${r.str(AL.lowerAlnum, 1)}.${r.str(AL.lowerAlnum, 24)}`);
  // POEditor: api_token form parameter on every call (My Account > API Access), 32 hex
  plain('b54c_poeditor_api_token', 'poeditor', AL.hex, 32,
    'https://poeditor.com/docs/api (every request carries api_token, the account API token from My Account > API Access; 32 hex)');
  // Weblate: user API tokens wlu_ + 40 alphanumerics, project tokens wlp_; Authorization: Token <t>
  def('b54c_weblate_user_token', 'weblate', true,
    'https://docs.weblate.org/en/latest/api.html (Authorization: Token YOUR-TOKEN; personal tokens are prefixed wlu_, project tokens wlp_)',
    (r) => `wlu_${r.str(AL.b62, 40)}`);
  def('b54c_weblate_project_token', 'weblate', true,
    'https://docs.weblate.org/en/latest/admin/projects.html#project-api-access (project API tokens, prefix wlp_)',
    (r) => `wlp_${r.str(AL.b62, 40)}`);
  // DeepL: authentication keys are a UUID, free-plan keys end ":fx"
  def('b54c_deepl_free_key', 'deepl', true,
    'https://developers.deepl.com/docs/getting-started/auth (Authorization: DeepL-Auth-Key <key>; keys of DeepL API Free end with ":fx")',
    (r) => `${uuid(r)}:fx`);
  def('b54c_deepl_pro_key', 'deepl', true,
    'https://developers.deepl.com/docs/getting-started/auth (Authorization: DeepL-Auth-Key <key>; Pro keys are a UUID without the :fx suffix)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Documentation platforms
  // ---------------------------------------------------------------------------------------------
  // Mintlify: admin API key mint_ (server-side, secret); assistant API key mint_dsc_ (documented as a public token)
  const MINT_DOC = 'https://mintlify.com/docs/api/introduction (admin API key starts with mint_ and is a server-side secret; assistant API key starts with mint_dsc_ and is a public token safe in frontend code)';
  def('b54c_mintlify_admin_key', 'mintlify', true, MINT_DOC, (r) => `mint_${r.str(AL.b62, 26)}`);
  def('b54c_mintlify_assistant_key', 'mintlify', false, MINT_DOC, (r) => `mint_dsc_${r.str(AL.b62, 26)}`);
  // ReadMe: project API key, rdme_ prefix, used by the rdme CLI/GitHub Action (README_API_KEY / --key)
  def('b54c_readme_api_key', 'readme', true,
    'https://docs.readme.com/main/reference/intro/authentication (project API keys from Dashboard > API Keys, Authorization: Bearer; current keys start rdme_ followed by lower-case alphanumerics)',
    (r) => `rdme_${r.str(AL.lowerAlnum, 70)}`);
  // GitBook: personal access token from Developer settings, Bearer auth; issued with a gb_api_ prefix
  def('b54c_gitbook_token', 'gitbook', true,
    'https://gitbook.com/docs/developers/gitbook-api/authentication (personal access tokens from Developer settings, Authorization: Bearer; tokens carry the gb_api_ prefix)',
    (r) => `gb_api_${r.str(AL.b62, 40)}`);
  // Redocly: API keys for the CLI (REDOCLY_AUTHORIZATION) to push to Reunite/Workflows; 40 alphanumerics
  plain('b54c_redocly_api_key', 'redocly', AL.b62, 40,
    'https://redocly.com/docs/cli/commands/login (REDOCLY_AUTHORIZATION environment variable holds an organization API key for push/login in CI)');
  // Stoplight: personal access token for the Stoplight CLI / Platform API (Bearer)
  plain('b54c_stoplight_token', 'stoplight', AL.b62, 48,
    'https://docs.stoplight.io/docs/platform/branches/publish-with-cli (personal access token from Profile > Tokens; the CI publish step reads it from --ci-token / STOPLIGHT_TOKEN)');
  // Algolia DocSearch crawler: Crawler API user id (identifier) and API key (Basic auth, secret)
  const CRAWLER_DOC = 'https://www.algolia.com/doc/tools/crawler/apis/crawler-rest-api/ (Basic auth with the Crawler user ID and Crawler API key from the Crawler Admin Settings; the key is 32 hex)';
  plain('b54c_algolia_crawler_api_key', 'algolia', AL.hex, 32, CRAWLER_DOC);
  def('b54c_algolia_crawler_user_id', 'none', false, `${CRAWLER_DOC}; the user id is a UUID`, (r) => uuid(r));
  // Crowdin project ids and Transifex/Crowdin numeric ids are public identifiers
  def('b54c_crowdin_project_id', 'none', false,
    'https://support.crowdin.com/developer/api/v2/#tag/Projects (projectId: a numeric identifier shown on the project Tools > API page)',
    (r) => r.digits(6));
};
