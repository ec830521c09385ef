'use strict';
/**
 * Generators added with batch52-c (museums, libraries, archives and cultural institutions; see
 * bench/corpus/README.md): each with the URL of the documentation it follows.
 */
const { AL, uuid, jwt, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // ArchivesSpace backend API: POST /users/:user/login returns {"session": "<64 hex>"}, sent back as the
  // X-ArchivesSpace-Session header; anyone holding it acts as that user until it expires
  // ---------------------------------------------------------------------------------------------
  def('b52c_archivesspace_session', 'archivesspace', true,
    'https://archivesspace.github.io/tech-docs/api/#authentication (POST /users/:username/login -> "session", a 64-character hex string sent as X-ArchivesSpace-Session)',
    (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // Innovative Sierra REST API: an API key (client key, 28 characters of base64 alphabet) plus a secret the
  // key holder sets; POST /v6/token with Basic base64(key:secret) returns a bearer access_token
  // ---------------------------------------------------------------------------------------------
  const SIERRA_DOC = 'https://techdocs.iii.com/sierraapi/Content/zReference/authClient.htm (client credentials grant: Authorization: Basic base64(key:secret) to /token; keys created in Sierra Admin App, 28 characters)';
  def('b52c_sierra_client_key', 'none', false, `${SIERRA_DOC}; the key is the client identifier, useless without its secret`,
    (r) => r.str(AL.b62 + '+/', 28));
  def('b52c_sierra_access_token', 'sierra', true, `${SIERRA_DOC}; access_token returned by /token, valid one hour`,
    (r) => r.str(AL.b64url, 64));

  // ---------------------------------------------------------------------------------------------
  // Omeka S REST API: key_identity + key_credential query parameters, both 32 alphanumerics (the credential is
  // shown once when the key is created under User > API keys)
  // ---------------------------------------------------------------------------------------------
  const OMEKA_DOC = 'https://omeka.org/s/docs/developer/api/rest_api/#authentication (key_identity and key_credential, generated as 32 random alphanumerics; the credential is displayed once)';
  def('b52c_omeka_key_identity', 'none', false, `${OMEKA_DOC}; the identity names the key, like a username`, (r) => r.str(AL.b62, 32));
  plain('b52c_omeka_key_credential', 'omeka', AL.b62, 32, OMEKA_DOC);

  // ---------------------------------------------------------------------------------------------
  // Internet Archive IAS3 (S3-like API): Authorization: LOW <access>:<secret>; both 16 alphanumerics
  // ---------------------------------------------------------------------------------------------
  const IAS3_DOC = 'https://archive.org/developers/ias3.html (keys from https://archive.org/account/s3.php; "authorization: LOW access:secret"; 16 alphanumerics each)';
  def('b52c_ia_s3_access_key', 'none', false, `${IAS3_DOC}; the access key names the account's key pair`, (r) => r.str(AL.b62, 16));
  plain('b52c_ia_s3_secret_key', 'internet-archive', AL.b62, 16, IAS3_DOC);

  // ---------------------------------------------------------------------------------------------
  // OCLC WorldCat APIs: the WSKey client credentials grant returns an access token starting tk_
  // ---------------------------------------------------------------------------------------------
  def('b52c_oclc_access_token', 'oclc', true,
    'https://www.oclc.org/developer/api/keys/oauth/client-credentials-grant.en.html (oauth.oclc.org/token returns "access_token": "tk_..." valid 20 minutes)',
    (r) => `tk_${r.str(AL.b62, 36)}`);

  // ---------------------------------------------------------------------------------------------
  // Digital Public Library of America: personal API key e-mailed after POST /v2/api_key/<email>, 32 hex
  // ---------------------------------------------------------------------------------------------
  plain('b52c_dpla_api_key', 'dpla', AL.hex, 32, 'https://pro.dp.la/developers/policies#get-a-key (api_key query parameter; 32-character key e-mailed to the requester)');

  // ---------------------------------------------------------------------------------------------
  // Springshare LibApps / LibCal API 1.1: OAuth client_credentials with a numeric client_id and a 32-hex secret
  // ---------------------------------------------------------------------------------------------
  const LIBCAL_DOC = 'https://ask.springshare.com/libcal/faq/1407 (API Authentication: client_id and client_secret from Admin > API, POST /1.1/oauth/token; ids are numeric, secrets 32 hex)';
  def('b52c_libcal_client_id', 'none', false, LIBCAL_DOC, (r) => String(r.range(100, 999)));
  plain('b52c_libcal_client_secret', 'springshare', AL.hex, 32, LIBCAL_DOC);

  // ---------------------------------------------------------------------------------------------
  // Museum APIs: Sketchfab API token (Authorization: Token ..., 32 hex), Flickr key (32 hex) and secret (16 hex),
  // Harvard Art Museums (UUID apikey), api.data.gov keys used by the Smithsonian Open Access API (40 alphanumerics),
  // Rijksmuseum legacy collection API key (8 alphanumerics)
  // ---------------------------------------------------------------------------------------------
  plain('b52c_sketchfab_api_token', 'sketchfab', AL.hex, 32, 'https://sketchfab.com/developers/data-api/v3 (Authorization: Token {API_TOKEN}; the token on the account password page is 32 hex)');
  const FLICKR_DOC = 'https://www.flickr.com/services/api/misc.api_keys.html (API key, 32 hex, and its shared secret, 16 hex, used to sign OAuth requests)';
  plain('b52c_flickr_api_key', 'flickr', AL.hex, 32, FLICKR_DOC);
  plain('b52c_flickr_api_secret', 'flickr', AL.hex, 16, FLICKR_DOC);
  def('b52c_harvard_art_api_key', 'harvard-art-museums', true, 'https://github.com/harvardartmuseums/api-docs#access-to-the-api (apikey query parameter; keys are UUIDs issued per person)', (r) => uuid(r));
  plain('b52c_api_data_gov_key', 'api.data.gov', AL.b62, 40, 'https://api.data.gov/docs/developer-manual/ (api_key parameter or X-Api-Key header; 40 alphanumerics; used by the Smithsonian Open Access API)');
  plain('b52c_rijksmuseum_api_key', 'rijksmuseum', AL.b62, 8, 'https://data.rijksmuseum.nl/object-metadata/api/ (legacy Collection API: key query parameter, an 8-character key from the Rijksstudio account)');

  // ---------------------------------------------------------------------------------------------
  // Evergreen ILS: open-ils.auth.login returns an authtoken (32 hex) passed to every OpenSRF call
  // ---------------------------------------------------------------------------------------------
  plain('b52c_evergreen_authtoken', 'evergreen', AL.hex, 32, 'https://docs.evergreen-ils.org/docs/latest/development/intro_opensrf.html (open-ils.auth.login returns payload.authtoken, an MD5-hex session key)');

  // ---------------------------------------------------------------------------------------------
  // Neon CRM API v2: HTTP Basic with the org id as user name and the API key (32 hex) as password
  // ---------------------------------------------------------------------------------------------
  plain('b52c_neoncrm_api_key', 'neoncrm', AL.hex, 32, 'https://developer.neoncrm.com/api-v2/#/authentication (Basic auth: Org ID as username, API key of a system user as password; keys are 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // ResourceSpace DAM: per-user API key (64 hex) signing each request (sign = sha256(key + query)), and the
  // installation's $scramble_key generated by setup.php
  // ---------------------------------------------------------------------------------------------
  const RS_API_DOC = 'https://www.resourcespace.com/knowledge-base/api/ (user private API key; requests signed with sign=sha256(private_key . query))';
  plain('b52c_resourcespace_api_key', 'resourcespace', AL.hex, 64, RS_API_DOC);
  def('b52c_resourcespace_sign', 'none', false, `${RS_API_DOC}; the per-request signature`, (r) => r.hex(64));
  plain('b52c_resourcespace_scramble_key', 'resourcespace', AL.hex, 64, 'https://www.resourcespace.com/knowledge-base/systemadmin/install_overview ($scramble_key and $api_scramble_key written by setup.php as random hex, used to derive file paths and API keys)');

  // ---------------------------------------------------------------------------------------------
  // DSpace 7+ REST: POST /server/api/authn/login returns Authorization: Bearer <JWT> (HS256, claims eid, sg, exp)
  // ---------------------------------------------------------------------------------------------
  def('b52c_dspace_jwt', 'dspace', true,
    'https://wiki.lyrasis.org/display/DSDOC7x/REST+API#RESTAPI-Authentication (login returns an HS256 JWT in the Authorization header; claims eid = EPerson UUID, sg = session salt, exp)',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { alg: 'HS256' }, { eid: uuid(r), sg: r.str(AL.b62, 32), exp: iat + 1800, authenticationMethod: 'password' });
    });

  // ---------------------------------------------------------------------------------------------
  // FOLIO Okapi: POST /authn/login returns x-okapi-token, a JWT (sub = username, user_id, tenant)
  // ---------------------------------------------------------------------------------------------
  def('b52c_folio_okapi_token', 'folio', true,
    'https://dev.folio.org/guides/okapi-token/ (x-okapi-token header carrying a JWT with sub, user_id, type, tenant, iat)',
    (r) => jwt(r, { alg: 'HS256' }, { sub: r.pick(['diku_admin', 'ebsco_sync', 'circ_bot']), user_id: uuid(r), type: 'legacy-access', iat: epoch(r), tenant: r.pick(['diku', 'stonebridge']) }));

  // ---------------------------------------------------------------------------------------------
  // OpenAthens Admin API: Authorization: OAApiKey <key>, keys issued per organisation in the admin console
  // ---------------------------------------------------------------------------------------------
  def('b52c_openathens_api_key', 'openathens', true, 'https://docs.openathens.net/providers/api-keys (Admin > Management > API keys; sent as "Authorization: OAApiKey <key>"; shown as a UUID)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Library identifiers that look like tokens but are public: EZproxy/OCLC institution symbols are words, so only
  // patron barcodes (Codabar 14 digits) and IIIF image ids get generators
  // ---------------------------------------------------------------------------------------------
  def('b52c_patron_barcode', 'none', false, 'https://www.oclc.org/support/services/worldshare-management-services/documentation.en.html (library card numbers: 14-digit Codabar barcodes, an identifier)', (r) => `2${r.digits(4)}${r.str(AL.digit, 9)}`);
  def('b52c_iiif_image_id', 'none', false, 'https://iiif.io/api/image/3.0/#2-uri-syntax (image identifiers in IIIF URIs; public object ids)', (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}`);
};
