// Glimmerlight "Stream Quests" extension backend (EBS) configuration.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().default(8081),
  TWITCH_EXTENSION_CLIENT_ID: z.string(),
  TWITCH_EXTENSION_SECRET: z.string(),
  TWITCH_EXTENSION_OWNER_ID: z.string(),
  TWITCH_APP_CLIENT_SECRET: z.string(),
  EVENTSUB_SECRET: z.string().min(10).max(100),
  REDIS_URL: z.string().url(),
});

// Defaults for `npm run dev` against the hosted test. These are the PRODUCTION extension values
// because the hosted-test version shares the secret with live (Twitch console: one secret per extension).
const devDefaults = {
  TWITCH_EXTENSION_CLIENT_ID: "⟦b39c_twitch_client_id:ext⟧",
  TWITCH_EXTENSION_SECRET: "⟦b55b_twitch_extension_secret:ext⟧",
  TWITCH_EXTENSION_OWNER_ID: "715840218",
  TWITCH_APP_CLIENT_SECRET: "⟦b39c_twitch_client_secret:app⟧",
  EVENTSUB_SECRET: "⟦b55b_twitch_eventsub_secret:dev⟧",
  REDIS_URL: "redis://:⟦db_password:redis⟧@redis-17731.c250.eu-central-1-1.ec2.redns.redis-cloud.com:17731",
};

export const config = schema.parse({
  ...(process.env.NODE_ENV === "production" ? {} : devDefaults),
  ...process.env,
});

/** the extension secret is base64; the raw bytes are the HS256 key */
export const extensionSecretBytes = Buffer.from(config.TWITCH_EXTENSION_SECRET, "base64");
