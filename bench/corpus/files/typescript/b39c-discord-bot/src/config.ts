// src/config.ts – settings for "Lumen", the community Discord bot
// (stream-live announcements, League rank lookups, !bug -> Trello card)
import "dotenv/config";

function env(name: string, fallback?: string): string {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`missing env ${name}`);
  return v;
}

export const config = {
  discord: {
    token: env("DISCORD_TOKEN"),
    clientId: "1187342960118759424",
    guildId: "842211093587296276",
    announceChannel: "903177418223288351",
  },

  twitch: {
    clientId: "⟦b39c_twitch_client_id⟧",
    clientSecret: env("TWITCH_CLIENT_SECRET", "⟦b39c_twitch_client_secret⟧"),
    watched: ["lumen_plays", "kaiyo_ttv", "frostbytegg", "mirelune"],
    pollSeconds: 90,
  },

  riot: {
    // development key from developer.riotgames.com (regenerate every 24h... in theory)
    apiKey: "⟦b39c_riot_api_key⟧",
    region: "euw1",
    routing: "europe",
  },

  trello: {
    key: "⟦b39c_trello_api_key⟧",
    token: "⟦b39c_trello_token⟧",
    bugListId: "66a1f0c3e4b0d2a9f1c3e5d7",
  },

  cooldowns: {
    rank: 10_000,
    bug: 60_000,
  },
} as const;

export type Config = typeof config;
