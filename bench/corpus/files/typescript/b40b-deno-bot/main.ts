// deno run --allow-net --allow-env --unstable-kv main.ts
//
// Tiny Telegram bot that watches our status page and relays incidents to the #ops Discord channel.
// Deployed on Deno Deploy as "statuswatch-bot".

import { Bot, webhookCallback } from "https://deno.land/x/grammy@v1.21.1/mod.ts";

const TELEGRAM_TOKEN = Deno.env.get("TELEGRAM_TOKEN") ?? "⟦telegram_bot_token⟧";
const DISCORD_WEBHOOK = Deno.env.get("DISCORD_WEBHOOK") ??
  "⟦discord_webhook⟧";
const STATUS_URL = "https://status.statuswatch.dev/api/v2/summary.json";
const OPS_CHAT_ID = -1001987654321;

const kv = await Deno.openKv();
const bot = new Bot(TELEGRAM_TOKEN);

type Incident = { id: string; name: string; status: string; impact: string; shortlink: string };

async function relayToDiscord(incident: Incident) {
  const colour = incident.impact === "critical" ? 0xe74c3c : incident.impact === "major" ? 0xe67e22 : 0xf1c40f;
  await fetch(DISCORD_WEBHOOK, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      username: "statuswatch",
      embeds: [{ title: incident.name, url: incident.shortlink, description: `Status: **${incident.status}**`, color: colour }],
    }),
  });
}

async function poll() {
  const res = await fetch(STATUS_URL);
  if (!res.ok) return;
  const summary = await res.json() as { incidents: Incident[] };
  for (const incident of summary.incidents) {
    const key = ["incident", incident.id, incident.status];
    const seen = await kv.get(key);
    if (seen.value) continue;
    await kv.set(key, true, { expireIn: 7 * 24 * 3600 * 1000 });
    await relayToDiscord(incident);
    await bot.api.sendMessage(OPS_CHAT_ID, `⚠️ ${incident.name}\n${incident.status} (${incident.impact})\n${incident.shortlink}`);
  }
}

bot.command("status", async (ctx) => {
  const res = await fetch(STATUS_URL);
  const summary = await res.json() as { status: { description: string } };
  await ctx.reply(`Current status: ${summary.status.description}`);
});

bot.command("ping", (ctx) => ctx.reply("pong"));

Deno.cron("poll status page", "*/2 * * * *", poll);

const handleUpdate = webhookCallback(bot, "std/http");

Deno.serve(async (req) => {
  const url = new URL(req.url);
  if (req.method === "POST" && url.pathname === `/tg/${bot.token.split(":")[0]}`) {
    return await handleUpdate(req);
  }
  return new Response("statuswatch-bot ok");
});
