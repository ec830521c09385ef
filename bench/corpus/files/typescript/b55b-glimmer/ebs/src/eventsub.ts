import crypto from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { config } from "./config";
import { grantQuestProgress } from "./quests";
import { log } from "./log";

const HMAC_PREFIX = "sha256=";
const MAX_AGE_MS = 10 * 60 * 1000;

const seen = new Map<string, number>();

type EventSubHeaders = {
  "twitch-eventsub-message-id": string;
  "twitch-eventsub-message-timestamp": string;
  "twitch-eventsub-message-signature": string;
  "twitch-eventsub-message-type": "notification" | "webhook_callback_verification" | "revocation";
  "twitch-eventsub-subscription-type": string;
};

export function verifySignature(secret: string, headers: EventSubHeaders, rawBody: Buffer): boolean {
  const message = headers["twitch-eventsub-message-id"] + headers["twitch-eventsub-message-timestamp"] + rawBody.toString("utf8");
  const expected = HMAC_PREFIX + crypto.createHmac("sha256", secret).update(message).digest("hex");
  const given = headers["twitch-eventsub-message-signature"] ?? "";
  if (given.length !== expected.length) return false;
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}

function isReplay(id: string, timestamp: string): boolean {
  const now = Date.now();
  for (const [k, t] of seen) if (now - t > MAX_AGE_MS) seen.delete(k);
  if (seen.has(id)) return true;
  if (now - Date.parse(timestamp) > MAX_AGE_MS) return true;
  seen.set(id, now);
  return false;
}

export async function registerEventSub(app: FastifyInstance) {
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) => done(null, body));

  app.post("/eventsub", async (req: FastifyRequest, reply: FastifyReply) => {
    const headers = req.headers as unknown as EventSubHeaders;
    const raw = req.body as Buffer;

    if (!verifySignature(config.EVENTSUB_SECRET, headers, raw)) {
      log.warn({ id: headers["twitch-eventsub-message-id"] }, "eventsub: bad signature");
      return reply.code(403).send();
    }
    if (isReplay(headers["twitch-eventsub-message-id"], headers["twitch-eventsub-message-timestamp"])) {
      return reply.code(204).send();
    }

    const body = JSON.parse(raw.toString("utf8"));
    switch (headers["twitch-eventsub-message-type"]) {
      case "webhook_callback_verification":
        return reply.type("text/plain").code(200).send(body.challenge);
      case "revocation":
        log.error({ sub: body.subscription }, "eventsub: subscription revoked");
        return reply.code(204).send();
      case "notification":
        await handleNotification(headers["twitch-eventsub-subscription-type"], body.event);
        return reply.code(204).send();
    }
  });
}

async function handleNotification(type: string, event: any) {
  switch (type) {
    case "channel.follow":
      await grantQuestProgress(event.broadcaster_user_id, event.user_id, "follow", 1);
      break;
    case "channel.cheer":
      await grantQuestProgress(event.broadcaster_user_id, event.user_id, "bits", event.bits);
      break;
    case "channel.subscribe":
      await grantQuestProgress(event.broadcaster_user_id, event.user_id, "sub", 1);
      break;
    case "channel.channel_points_custom_reward_redemption.add":
      await grantQuestProgress(event.broadcaster_user_id, event.user_id, `reward:${event.reward.id}`, 1);
      break;
    default:
      log.debug({ type }, "eventsub: ignored");
  }
}

/** subscribe a channel to the events Stream Quests needs (called when a broadcaster activates the extension) */
export async function subscribeChannel(broadcasterId: string, appAccessToken: string) {
  const types: Array<[string, string, Record<string, string>]> = [
    ["channel.follow", "2", { broadcaster_user_id: broadcasterId, moderator_user_id: broadcasterId }],
    ["channel.cheer", "1", { broadcaster_user_id: broadcasterId }],
    ["channel.subscribe", "1", { broadcaster_user_id: broadcasterId }],
    ["channel.channel_points_custom_reward_redemption.add", "1", { broadcaster_user_id: broadcasterId }],
  ];
  for (const [type, version, condition] of types) {
    const res = await fetch("https://api.twitch.tv/helix/eventsub/subscriptions", {
      method: "POST",
      headers: {
        "Client-Id": config.TWITCH_EXTENSION_CLIENT_ID,
        Authorization: `Bearer ${appAccessToken}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        type,
        version,
        condition,
        transport: { method: "webhook", callback: "https://ebs.glimmerlight.tv/eventsub", secret: config.EVENTSUB_SECRET },
      }),
    });
    if (!res.ok) log.error({ type, status: res.status, body: await res.text() }, "eventsub: subscribe failed");
  }
}
