'use strict';
/** Generators added with batch44-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid, jwt, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Clinical and survey data capture
  // ---------------------------------------------------------------------------------------------
  // REDCap project API tokens: per user and per project, 32 hexadecimal characters (upper case as issued)
  def('b44a_redcap_token', 'redcap', true, 'https://search.r-project.org/CRAN/refmans/REDCapR/html/sanitize_token.html (legal pattern: a 32-character hexadecimal value; "equivalent to your username and password")',
    (r) => r.str(AL.HEX, 32));
  // REDCap Super API tokens (admin-issued, can create projects): 64 hexadecimal characters
  def('b44a_redcap_super_token', 'redcap', true, 'https://search.r-project.org/CRAN/refmans/redcapAPI/html/createRedcapProject.html ("a user with a 64-character Super API token" can create projects)',
    (r) => r.str(AL.HEX, 64));
  // Prolific researcher API tokens: long opaque strings sent as "Authorization: Token <token>"
  plain('b44a_prolific_token', 'prolific', `${AL.b62}-_`, 96, 'https://docs.prolific.com/documentation/get-started/api-fundamentals (Authorization: Token <your token>; no expiry, scoped to the researcher account; shape modelled on issued tokens)');
  // LimeSurvey security.php: sodium secretbox key (32 bytes hex) and its nonce (24 bytes hex; not a secret on its own)
  const LS_DOC = 'https://www.limesurvey.org/manual/Data_encryption (application/config/security.php: encryptionsecretboxkey = sodium_crypto_secretbox_keygen() hex, encryptionnonce = 24 random bytes hex)';
  def('b44a_limesurvey_secretbox_key', 'limesurvey', true, LS_DOC, (r) => r.hex(64));
  def('b44a_limesurvey_nonce', 'none', false, LS_DOC, (r) => r.hex(48));

  // ---------------------------------------------------------------------------------------------
  // Research data repositories and scholarly identity
  // ---------------------------------------------------------------------------------------------
  // Dataverse API tokens are UUIDs: a secret that looks exactly like an identifier
  def('b44a_dataverse_api_token', 'dataverse', true, 'https://guides.dataverse.org/en/latest/api/auth.html (X-Dataverse-key: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; "treat it with the same care as a password")',
    (r) => uuid(r));
  // OSF personal access tokens: 70 characters
  plain('b44a_osf_pat', 'osf', AL.b62, 70, 'https://docs.ropensci.org/osfr/reference/osf_auth.html (osf.io/settings/tokens: "your 70 character token will be displayed")');
  // figshare personal tokens: a long hexadecimal string sent as "Authorization: token ..."
  plain('b44a_figshare_token', 'figshare', AL.hex, 128, 'https://docs.figshare.com/#authentication (personal token, Authorization: token ACCESS_TOKEN; modelled on issued tokens: 128 hex)');
  // Overleaf Git integration tokens: olp_ prefix, used as the password of user "git"
  def('b44a_overleaf_git_token', 'overleaf', true, 'https://www.overleaf.com/learn/how-to/Git_integration_authentication_tokens (username "git", password = authentication token; tokens begin olp_)',
    (r) => `olp_${r.str(AL.b62, 36)}`);
  def('b44a_overleaf_project_id', 'none', false, 'https://www.overleaf.com/learn/how-to/Git_integration (Git URL https://git.overleaf.com/<project id>: 24 hex digits, an identifier)',
    (r) => r.hex(24));
  // ORCID: APP- client ids are public identifiers; the client secret and OAuth access tokens are UUID-shaped secrets
  const ORCID_DOC = 'https://info.orcid.org/documentation/api-tutorials/api-tutorial-get-and-authenticated-orcid-id/ (client_id APP-XXXXXXXXXXXXXXXX; client_secret and access_token in UUID form)';
  def('b44a_orcid_client_id', 'none', false, ORCID_DOC, (r) => `APP-${r.str(AL.upperAlnum, 16)}`);
  def('b44a_orcid_client_secret', 'orcid', true, ORCID_DOC, (r) => uuid(r));
  def('b44a_orcid_access_token', 'orcid', true, ORCID_DOC, (r) => uuid(r));
  // Synapse (Sage Bionetworks) personal access tokens are signed JWTs
  def('b44a_synapse_pat', 'synapse', true, 'https://help.synapse.org/docs/Managing-Your-Account.2055405596.html#ManagingYourAccount-PersonalAccessTokens (personal access token: a JWT with token_type PERSONAL_ACCESS_TOKEN)',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { typ: 'JWT', kid: `WQWW:Z5TB:${r.str(AL.upperAlnum, 4)}:${r.str(AL.upperAlnum, 4)}`, alg: 'RS256' },
        { access: { scope: ['view', 'download', 'modify'], oidc_claims: {} }, token_type: 'PERSONAL_ACCESS_TOKEN', iss: 'https://repo-prod.prod.sagebase.org/auth/v1',
          aud: '0', nbf: iat, iat, jti: String(r.range(1000, 99999)), sub: String(r.range(3300000, 3499999)) }, 256);
    });
  // NCBO BioPortal API keys (Account Settings), sent as apikey=...; issued in UUID form
  def('b44a_bioportal_api_key', 'bioportal', true, 'https://data.bioontology.org/documentation#nav_api_key (API key from BioPortal account settings, apikey parameter or "Authorization: apikey token=..."; UUID form as issued)',
    (r) => uuid(r));
  // NCBI E-utilities / Datasets API key
  plain('b44a_ncbi_api_key', 'ncbi', AL.hex, 36, 'https://support.nlm.nih.gov/kbArticle/?pn=KA-05317 (API Key Management in NCBI account settings; api_key= parameter; issued keys are 36 hex characters)');

  // Copernicus Climate/Atmosphere Data Store: ~/.cdsapirc key (a UUID personal access token; legacy form "<UID>:<UUID>")
  def('b44a_cds_api_key', 'copernicus', true, 'https://cds.climate.copernicus.eu/how-to-api (~/.cdsapirc: url + key = your personal access token, UUID form)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Workflow platforms and data movement
  // ---------------------------------------------------------------------------------------------
  // Seqera Platform (Tower) access tokens: base64 of '{"tid": N}.' + 40 hex
  def('b44a_seqera_access_token', 'seqera', true, 'https://docs.seqera.io/platform/22.4/getting-started/usage (export TOWER_ACCESS_TOKEN=eyxxxx...=; personal access token shown once)',
    (r) => b64(`{"tid": ${r.range(1000, 39999)}}.${r.hex(40)}`));
  def('b44a_seqera_workspace_id', 'none', false, 'https://docs.seqera.io/platform/22.4/getting-started/usage (TOWER_WORKSPACE_ID: numeric workspace identifier)',
    (r) => r.digits(15));
  // Galaxy user API keys: app.security.get_new_guid(), 32 hex
  plain('b44a_galaxy_api_key', 'galaxy', AL.hex, 32, 'https://docs.galaxyproject.org/en/release_23.0/_modules/galaxy/managers/api_keys.html (create_api_key: key = security.get_new_guid(), 32 hex)');
  // Globus Auth confidential clients: client id (UUID, public) + client secret (base64 of 32 bytes)
  const GLOBUS_DOC = 'https://docs.globus.org/api/auth/developer-guide/#register-app (confidential client: client UUID + generated client secret, 44-character base64)';
  def('b44a_globus_client_id', 'none', false, GLOBUS_DOC, (r) => uuid(r));
  def('b44a_globus_client_secret', 'globus', true, GLOBUS_DOC, (r) => b64(r.bytes(32)));
  def('b44a_globus_refresh_token', 'globus', true, 'https://globus-sdk-python.readthedocs.io/en/stable/authorization/token_caching/ (stored refresh_token / access_token strings; modelled on issued tokens: "Ag" + alphanumerics)',
    (r) => `Ag${r.str(AL.b62, r.range(86, 96))}`);
  def('b44a_globus_collection_id', 'none', false, 'https://docs.globus.org/globus-connect-server/v5/reference/collection/ (collection and endpoint ids are UUIDs)',
    (r) => uuid(r));
  // iRODS .irodsA: the native password scrambled with a fixed, reversible obfuscation (printable characters)
  def('b44a_irods_obfuscated_password', 'irods', true, 'https://github.com/irods/irods/blob/main/scripts/irods/password_obfuscation.py (the .irodsA file: reversible obfuscation of the password; "files are insecure")',
    (r) => r.str('!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{}~', r.range(22, 34)));
  // iRODS server_config.json keys: negotiation_key and server_control_plane_key are 32 characters, zone_key a shared string
  const IRODS_DOC = 'https://docs.irods.org/4.3.0/system_overview/configuration/#etcirodsserver_configjson (negotiation_key: 32 bytes; server_control_plane_key: 32 bytes; zone_key shared by the zone)';
  plain('b44a_irods_negotiation_key', 'irods', AL.b62, 32, IRODS_DOC);
  plain('b44a_irods_control_plane_key', 'irods', AL.b62, 32, IRODS_DOC);
  plain('b44a_irods_zone_key', 'irods', `${AL.b62}_`, 24, IRODS_DOC);
  // OMERO session keys are UUIDs: `omero login -k <key>` joins the session
  def('b44a_omero_session_key', 'omero', true, 'https://omero.readthedocs.io/en/stable/users/cli/sessions.html (session key, a UUID; "omero login -k" reuses the session)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // HPC clusters and notebooks
  // ---------------------------------------------------------------------------------------------
  // MUNGE key: 1024 random bytes shared by every node; configuration management keeps it base64
  def('b44a_munge_key_b64', 'munge', true, 'https://github.com/dun/munge/wiki/Installation-Guide#creating-a-secret-key (mungekey / dd if=/dev/urandom bs=1 count=1024: the shared cluster secret)',
    (r) => b64(r.bytes(1024)));
  // Slurm auth/jwt HS256 key: 32 random bytes (jwt_hs256.key), and the tokens `scontrol token` signs with it
  def('b44a_slurm_jwt_key_b64', 'slurm', true, 'https://slurm.schedmd.com/jwt.html (dd if=/dev/random of=jwt_hs256.key bs=32 count=1)',
    (r) => b64(r.bytes(32)));
  def('b44a_slurm_jwt_token', 'slurm', true, 'https://slurm.schedmd.com/jwt.html (scontrol token: SLURM_JWT=<HS256 JWT with exp, iat, sun>)',
    (r, seed) => {
      const iat = epoch(r);
      const lifespan = /exporter|service/.test(String(seed)) ? 31536000 : r.pick([1800, 3600, 86400, 604800]);
      return jwt(r, { alg: 'HS256', typ: 'JWT' }, { exp: iat + lifespan, iat, sun: /exporter/.test(String(seed)) ? 'slurmrest' : r.pick(['svc_ood', 'jhub', 'tokafor', 'khalvorsen']) });
    });
  // JupyterHub: cookie secret (32 random bytes hex), CONFIGPROXY_AUTH_TOKEN (hex), service API tokens (32 hex)
  const JH_DOC = 'https://jupyterhub.readthedocs.io/en/stable/tutorial/getting-started/security-basics.html (cookie secret: openssl rand -hex 32; proxy auth token: openssl rand -hex 32; `jupyterhub token`)';
  def('b44a_jupyterhub_cookie_secret', 'jupyterhub', true, JH_DOC, (r) => r.hex(64));
  def('b44a_configproxy_auth_token', 'jupyterhub', true, JH_DOC, (r) => r.hex(64));
  plain('b44a_jupyterhub_api_token', 'jupyterhub', AL.hex, 32, JH_DOC);
  // Open OnDemand OIDC (Dex or Keycloak): client secret (UUID form in the docs) and mod_auth_openidc crypto passphrase
  const OOD_DOC = 'https://osc.github.io/ood-documentation/latest/authentication/oidc.html (oidc_client_secret "b972c25d-..." UUID form; oidc_crypto_passphrase required)';
  def('b44a_ood_oidc_client_secret', 'openondemand', true, OOD_DOC, (r) => uuid(r));
  plain('b44a_ood_crypto_passphrase', 'openondemand', AL.b62, 40, OOD_DOC);
  // interactive-app session password written to connection.yml (create_passwd: 16 alphanumerics); logs in to the user's RStudio/VNC/Jupyter
  plain('b44a_ood_session_password', 'openondemand', AL.b62, 16, 'https://osc.github.io/ood-documentation/latest/how-tos/app-development/interactive/setup/template.html (before.sh: password="$(create_passwd 16)", saved to connection.yml)');
  // Posit Connect API keys: 32 alphanumerics sent as "Authorization: Key <key>"
  plain('b44a_posit_connect_api_key', 'posit', AL.b62, 32, 'https://docs.posit.co/connect/user/api-keys/ (Authorization: Key <API key>; 32 alphanumerics as issued)');

  // ---------------------------------------------------------------------------------------------
  // Campus identity: Shibboleth IdP, RADIUS
  // ---------------------------------------------------------------------------------------------
  const SHIB_DOC = 'https://shibboleth.atlassian.net/wiki/spaces/IDP5/pages/3199500424/PersistentNameIDGenerationConfiguration (credentials/secrets.properties: idp.persistentId.salt, idp.sealer.storePassword generated at install)';
  def('b44a_shib_persistentid_salt', 'shibboleth', true, SHIB_DOC, (r) => b64(r.bytes(36)));
  plain('b44a_shib_sealer_password', 'shibboleth', `${AL.b62}-_`, 22, SHIB_DOC);
  // FreeRADIUS / eduroam federation shared secrets: long random printable strings
  plain('b44a_radius_shared_secret', 'radius', `${AL.b62}!#%+-=.`, 28, 'https://wiki.geant.org/display/H2eduroam/freeradius-sp (clients.conf secret shared with the national proxy; long random string)');

  // ---------------------------------------------------------------------------------------------
  // Non-secret research identifiers for hard negatives
  // ---------------------------------------------------------------------------------------------
  def('b44a_orcid_id', 'none', false, 'https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier (16 digits in four groups, last may be X; public)',
    (r) => `0000-000${r.range(1, 3)}-${r.digits(4)}-${r.str(AL.digit, 3)}${r.pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'])}`);
  def('b44a_sample_barcode', 'none', false, 'https://www.ncbi.nlm.nih.gov/biosample/docs/attributes/ (sample identifiers; LIMS barcodes modelled as 2 letters + 10 digits)',
    (r) => `${r.str(AL.upper, 2)}${r.digits(10)}`);
};
