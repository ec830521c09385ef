// Emberfall Nakama runtime module (compiled to build/index.js by `npm run build`).

const STEAM_APP_ID = 2291470;
// Steamworks publisher Web API key -- needed for ISteamUser/CheckAppOwnership, which the
// client-facing key can't call. TODO: read from ctx.env like the PlayFab key.
const STEAM_PUBLISHER_KEY = '⟦b39b_steam_web_api_key:pubkey⟧';

let InitModule: nkruntime.InitModule = function (ctx, logger, nk, initializer) {
  initializer.registerAfterAuthenticateSteam(afterSteamAuth);
  initializer.registerRpc('grant_run_reward', rpcGrantRunReward);
  logger.info('emberfall module loaded (env: %s)', ctx.env['NAKAMA_ENV'] ?? 'unknown');
};

function afterSteamAuth(ctx: nkruntime.Context, logger: nkruntime.Logger, nk: nkruntime.Nakama,
    data: nkruntime.Session, request: nkruntime.AuthenticateSteamRequest) {
  const steamId = ctx.vars['steam_id'];
  const res = nk.httpRequest(
    `https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=${STEAM_PUBLISHER_KEY}&steamid=${steamId}&appid=${STEAM_APP_ID}`,
    'get', { Accept: 'application/json' });
  const owns = JSON.parse(res.body)?.appownership?.ownsapp === true;
  if (!owns) {
    logger.warn('steam user %s does not own the game', steamId);
    nk.accountUpdateId(ctx.userId, null, null, null, null, null, null, { flagged: true });
  }
}

function rpcGrantRunReward(ctx: nkruntime.Context, logger: nkruntime.Logger, nk: nkruntime.Nakama, payload: string): string {
  const { playFabId, embers } = JSON.parse(payload);
  const res = nk.httpRequest(
    `https://${ctx.env['PLAYFAB_TITLE_ID']}.playfabapi.com/Server/AddUserVirtualCurrency`, 'post',
    { 'Content-Type': 'application/json', 'X-SecretKey': ctx.env['PLAYFAB_SECRET_KEY'] },
    JSON.stringify({ PlayFabId: playFabId, VirtualCurrency: 'EM', Amount: embers }));
  return JSON.stringify({ ok: res.code === 200 });
}
