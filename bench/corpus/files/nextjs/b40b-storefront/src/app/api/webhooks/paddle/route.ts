import { NextRequest, NextResponse } from "next/server";
import { Environment, EventName, Paddle } from "@paddle/paddle-node-sdk";

import { db } from "@/lib/db";
import { subscriptions } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

// Paddle Billing webhooks (subscription lifecycle). Configured in Paddle > Developer tools >
// Notifications, destination https://shop.storefront.dev/api/webhooks/paddle
//
// The client-side token for Paddle.js lives in NEXT_PUBLIC_PADDLE_CLIENT_TOKEN
// (e.g. ⟦b40b_paddle_client_token⟧) and is fine to expose.

const paddle = new Paddle(process.env.PADDLE_API_KEY ?? "⟦b40b_paddle_api_key⟧", {
  environment: process.env.PADDLE_ENV === "sandbox" ? Environment.sandbox : Environment.production,
});

// endpoint secret from the notification destination (rotated 2024-06-11)
const WEBHOOK_SECRET = process.env.PADDLE_WEBHOOK_SECRET || "⟦b40b_paddle_webhook_secret⟧";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(req: NextRequest) {
  const signature = req.headers.get("paddle-signature") ?? "";
  const rawBody = await req.text();

  if (!signature || !rawBody) {
    return NextResponse.json({ error: "missing signature" }, { status: 400 });
  }

  let event;
  try {
    event = await paddle.webhooks.unmarshal(rawBody, WEBHOOK_SECRET, signature);
  } catch (err) {
    console.warn("[paddle] signature verification failed", err);
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }

  switch (event.eventType) {
    case EventName.SubscriptionCreated:
    case EventName.SubscriptionUpdated: {
      const sub = event.data;
      await db
        .insert(subscriptions)
        .values({
          paddleSubscriptionId: sub.id,
          customerId: sub.customerId,
          status: sub.status,
          priceId: sub.items[0]?.price?.id ?? null,
          currentPeriodEnd: sub.currentBillingPeriod?.endsAt ? new Date(sub.currentBillingPeriod.endsAt) : null,
        })
        .onConflictDoUpdate({
          target: subscriptions.paddleSubscriptionId,
          set: { status: sub.status, updatedAt: new Date() },
        });
      break;
    }
    case EventName.SubscriptionCanceled: {
      await db
        .update(subscriptions)
        .set({ status: "canceled", updatedAt: new Date() })
        .where(eq(subscriptions.paddleSubscriptionId, event.data.id));
      break;
    }
    case EventName.TransactionPaymentFailed:
      console.info("[paddle] payment failed for", event.data.customerId);
      break;
    default:
      // ignore everything else (we get adjustment.* and address.* too)
      break;
  }

  return NextResponse.json({ received: true });
}
