'use strict';
/** Generators added with batch55-b (live-service games and esports operations): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Tournament platforms: start.gg personal access tokens (Developer Settings, shown once, Bearer header),
  // Challonge v1 API keys (developer settings page, ?api_key= or HTTP Basic), FACEIT App Studio keys
  // (server-side keys are secret; client-side keys are documented as shipped to end users)
  // ---------------------------------------------------------------------------------------------
  plain('b55b_startgg_token', 'startgg', AL.hex, 32,
    'https://developer.start.gg/docs/authentication (token created in Developer Settings, "Copy it down immediately", sent as Authorization: Bearer [token]; issued tokens read 32 hex)');
  plain('b55b_challonge_api_key', 'challonge', AL.b62, 40,
    'https://api.challonge.com/v1 (all interactions require an API key generated on the developer settings page, sent as api_key or HTTP Basic password; issued keys read 40 alphanumerics)');
  const FACEIT_DOC = 'https://docs.faceit.com/getting-started/authentication/api-keys (App Studio API keys, issued as UUIDs; server side keys are not shared with clients, client side keys are exposed to end users and restricted in App Studio)';
  def('b55b_faceit_server_key', 'faceit', true, FACEIT_DOC, (r) => uuid(r));
  def('b55b_faceit_client_key', 'none', false, `${FACEIT_DOC}; a client side key is public by design`, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Twitch Extensions and EventSub: the extension secret is a base64-encoded 32-byte HMAC key used to sign and
  // verify extension JWTs; an EventSub webhook secret is a 10-100 character string chosen by the developer
  // ---------------------------------------------------------------------------------------------
  def('b55b_twitch_extension_secret', 'twitch', true,
    'https://dev.twitch.tv/docs/extensions/building/#signing-the-jwt (the extension secret from the developer console is base64-encoded; decode it and sign HS256 JWTs for the EBS) and https://dev.twitch.tv/docs/api/reference/#get-extension-secrets',
    (r) => b64(r.bytes(32)));
  def('b55b_twitch_eventsub_secret', 'twitch', true,
    'https://dev.twitch.tv/docs/eventsub/handling-webhook-events/#verifying-the-event-message (transport.secret: 10-100 ASCII characters, the HMAC-SHA256 key of Twitch-Eventsub-Message-Signature)',
    (r) => r.str(AL.b62, r.range(32, 48)));

  // ---------------------------------------------------------------------------------------------
  // Nakama (Heroic Labs): runtime.http_key guards server-to-server RPC calls, session.encryption_key and
  // session.refresh_encryption_key sign session tokens, console.signing_key signs console sessions; the socket
  // server_key is compiled into every game client (a client identifier, not a credential)
  // ---------------------------------------------------------------------------------------------
  const NAKAMA_DOC = 'https://heroiclabs.com/docs/nakama/getting-started/configuration/ (socket.server_key, runtime.http_key, session.encryption_key, session.refresh_encryption_key, console.signing_key: free-form strings that must be changed from their defaults before production)';
  plain('b55b_nakama_http_key', 'nakama', AL.b62, 32, NAKAMA_DOC);
  plain('b55b_nakama_encryption_key', 'nakama', AL.b62, 32, NAKAMA_DOC);
  plain('b55b_nakama_console_signing_key', 'nakama', AL.b62, 40, NAKAMA_DOC);
  def('b55b_nakama_server_key', 'none', false, `${NAKAMA_DOC}; the server key is passed to the client SDK constructor and ships in game builds`, (r) => r.str(AL.b62, 20));

  // ---------------------------------------------------------------------------------------------
  // Photon (Exit Games): AppId of Realtime/Fusion/PUN apps (a GUID configured in PhotonServerSettings, ships with
  // the client), and the JWT authentication provider's secret1 "<KeyHash>;<KeyEncryption>;<KeySignature>"
  // ---------------------------------------------------------------------------------------------
  def('b55b_photon_app_id', 'none', false, 'https://doc.photonengine.com/realtime/current/getting-started/obtain-your-app-id (AppId, a GUID from the dashboard, set in the client; identifies the application)', (r) => uuid(r));
  def('b55b_photon_jwt_secret', 'photon', true,
    'https://doc.photonengine.com/pun/v1/connection-and-authentication/authentication/jwt-auth (secret1, REQUIRED value <KeyHash>;<KeyEncryption>;<KeySignature>, three GUIDs)',
    (r) => `${uuid(r)};${uuid(r)};${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // PlayFab: EntityToken (X-EntityToken header, base64 of "<version>|<json claims>", valid 24 h) and the legacy
  // SessionTicket returned by Login* calls (X-Authorization header)
  // ---------------------------------------------------------------------------------------------
  const PF_ENTITY_DOC = 'https://learn.microsoft.com/en-us/rest/api/playfab/authentication/authentication/get-entity-token?view=playfab-rest (EntityToken used to set X-EntityToken; modelled on issued tokens: base64 of "3|" followed by a JSON claim set)';
  def('b55b_playfab_entity_token', 'playfab', true, PF_ENTITY_DOC, (r) => {
    const id = r.str(AL.HEX, 16);
    const title = r.str(AL.HEX, 5);
    const d = `2025-${String(r.range(1, 12)).padStart(2, '0')}-${String(r.range(10, 28))}T${String(r.range(10, 23))}:${String(r.range(10, 59))}:${String(r.range(10, 59))}`;
    const claims = `{"i":"${d}","idp":"Custom","e":"${d}","fi":"${d}","tid":"${r.str(AL.b62, 11)}","idi":"${id}","h":"internal","ec":"title_player_account!${id}/${title}/${r.str(AL.HEX, 16)}/${r.str(AL.HEX, 16)}/","ei":"${r.str(AL.HEX, 16)}","et":"title_player_account"}`;
    return b64(`3|${r.str(AL.b62, 43)}=|${claims}`);
  });
  def('b55b_playfab_session_ticket', 'playfab', true,
    'https://learn.microsoft.com/en-us/rest/api/playfab/client/authentication/login-with-custom-id?view=playfab-rest (SessionTicket: "Unique token authorizing the user and game at the server level", sent as X-Authorization; modelled on issued tickets <PlayFabId>-<hex>-<TitleId>-<hex>-<base64>)',
    (r) => `${r.str(AL.HEX, 16)}-${r.str(AL.HEX, 16)}-${r.str(AL.HEX, 5)}-${r.str(AL.HEX, 16)}-${b64(r.bytes(32))}`);
  def('b55b_playfab_id', 'none', false, 'https://learn.microsoft.com/en-us/gaming/playfab/features/data/entities/available-built-in-entity-types (PlayFabId / entity ids: 16 upper-case hex; identifiers)', (r) => r.str(AL.HEX, 16));

  // ---------------------------------------------------------------------------------------------
  // Epic Online Services: product, sandbox and deployment ids (32 hex, identifiers compiled into the game)
  // ---------------------------------------------------------------------------------------------
  def('b55b_eos_id', 'none', false, 'https://dev.epicgames.com/docs/epic-online-services/platform/platform-interface (EOS_Platform_Options ProductId, SandboxId, DeploymentId: 32 lower-case hex identifiers from the Developer Portal)', (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // Edgegap (dedicated game server orchestration): API tokens sent as "Authorization: token <uuid>"
  // ---------------------------------------------------------------------------------------------
  def('b55b_edgegap_token', 'edgegap', true, 'https://docs.edgegap.com/api (Authorization header "token <your-token>"; tokens from the dashboard User Settings > Tokens, shown as UUIDs)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Valve Source RCON / BattlEye RCon: a password chosen by the server operator (rcon_password, RConPassword)
  // ---------------------------------------------------------------------------------------------
  plain('b55b_rcon_password', 'rcon', AL.b62, 20, 'https://developer.valvesoftware.com/wiki/Source_RCON_Protocol (SERVERDATA_AUTH carries the rcon_password set on the server; random operator-chosen password)');
};
