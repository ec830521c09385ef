import { env, isProd } from "./config";

const TELEGRAM_BOT_TOKEN = process.env.TELEGRAM_BOT_TOKEN ?? "⟦telegram_bot_token:alerts⟧";
const TELEGRAM_CHAT_ID = process.env.TELEGRAM_CHAT_ID ?? "-1002117484593"; // #saltflat-liquidations
const DISCORD_WEBHOOK =
  process.env.DISCORD_WEBHOOK_URL ||
  "⟦discord_webhook:liq⟧";

export type Liquidation = {
  account: string;
  market: string;
  repaidUsd: number;
  profitUsd: number;
  txHash: string;
};

export async function notifyLiquidation(l: Liquidation): Promise<void> {
  const text =
    `${isProd ? "🟢" : "🧪"} liquidated ${l.account.slice(0, 10)}… on ${l.market}\n` +
    `repaid $${l.repaidUsd.toFixed(0)} profit $${l.profitUsd.toFixed(2)}\n` +
    `https://arbiscan.io/tx/${l.txHash}`;
  await Promise.allSettled([
    fetch(`https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: TELEGRAM_CHAT_ID, text, disable_web_page_preview: true }),
    }),
    fetch(DISCORD_WEBHOOK, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "saltflat-keeper", content: text }),
    }),
  ]);
}

export async function notifyError(err: unknown): Promise<void> {
  if (!isProd) return console.error(err);
  await fetch(`https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/sendMessage`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat_id: TELEGRAM_CHAT_ID, text: `keeper error on chain ${env.CHAIN_ID}: ${String(err).slice(0, 3500)}` }),
  });
}
