import crypto from "node:crypto";
import { lemonSqueezySetup, createCheckout, getSubscription } from "@lemonsqueezy/lemonsqueezy.js";
import type { FastifyInstance } from "fastify";
import { db } from "../db";
import { env } from "../env";

// Lemon Squeezy API keys are JWTs, valid for a year, scoped to the whole store (test or live mode).
// The one below is the *live* key from Settings → API. Jonas added it while env.ts was broken.
lemonSqueezySetup({
  apiKey: env.LEMONSQUEEZY_API_KEY || "⟦lemonsqueezy_key:hardcoded⟧",
  onError: (e) => console.error("[lemonsqueezy]", e.message),
});

const STORE_ID = Number(env.LEMONSQUEEZY_STORE_ID ?? 48213);
const VARIANTS = { plus: 612044, pro: 612051 } as const;

export async function checkoutUrl(userId: string, email: string, plan: keyof typeof VARIANTS) {
  const { data, error } = await createCheckout(STORE_ID, VARIANTS[plan], {
    checkoutData: { email, custom: { user_id: userId } },
    productOptions: { redirectUrl: `${env.WEB_ORIGIN}/settings/billing?upgraded=1` },
    // Test-mode checkouts accept 4242 4242 4242 4242 with any future date / CVC.
    testMode: env.NODE_ENV !== "production",
  });
  if (error) throw error;
  return data!.data.attributes.url;
}

export function registerWebhook(app: FastifyInstance) {
  app.post("/webhooks/lemonsqueezy", { config: { rawBody: true } }, async (req, reply) => {
    const sig = String(req.headers["x-signature"] ?? "");
    const digest = crypto.createHmac("sha256", env.LEMONSQUEEZY_WEBHOOK_SECRET).update(req.rawBody!).digest("hex");
    if (sig.length !== digest.length || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(digest))) {
      return reply.code(401).send({ error: "bad signature" });
    }
    const body = req.body as any;
    const event = body.meta.event_name as string;
    const userId = body.meta.custom_data?.user_id as string | undefined;
    if (!userId) return reply.code(200).send({ ignored: true });

    if (event === "subscription_created" || event === "subscription_updated") {
      const sub = await getSubscription(body.data.id);
      await db.user.update({
        where: { id: userId },
        data: { plan: sub.data?.data.attributes.variant_id === VARIANTS.pro ? "pro" : "plus", lsSubscriptionId: body.data.id },
      });
    } else if (event === "subscription_expired") {
      await db.user.update({ where: { id: userId }, data: { plan: "free" } });
    }
    return reply.code(200).send({ ok: true });
  });
}
