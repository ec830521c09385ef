import { onRequest } from "firebase-functions/v2/https";
import { onDocumentCreated } from "firebase-functions/v2/firestore";
import { defineSecret } from "firebase-functions/params";
import * as logger from "firebase-functions/logger";
import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { Liveblocks } from "@liveblocks/node";
import Stripe from "stripe";

initializeApp();
const db = getFirestore();

const stripeKey = defineSecret("STRIPE_RESTRICTED_KEY");

// Legacy FCM HTTP endpoint is still used by the old Android build (v1.x) for topic pushes.
const LEGACY_FCM_SERVER_KEY = "⟦fcm_server_key⟧";

// Collaborative whiteboard rooms
const liveblocks = new Liveblocks({
  secret: process.env.LIVEBLOCKS_SECRET_KEY ?? "⟦b40b_liveblocks_secret_key⟧",
});

export const liveblocksAuth = onRequest({ region: "europe-west1", cors: ["https://board.sketchroom.app"] }, async (req, res) => {
  const uid = req.get("x-user-id");
  if (!uid) {
    res.status(401).send("unauthenticated");
    return;
  }
  const user = (await db.doc(`users/${uid}`).get()).data();
  const session = liveblocks.prepareSession(uid, { userInfo: { name: user?.displayName ?? "Anonymous", color: user?.color ?? "#888" } });
  session.allow(`team:${user?.teamId}:*`, session.FULL_ACCESS);
  const { status, body } = await session.authorize();
  res.status(status).send(body);
});

export const createCheckout = onRequest({ region: "europe-west1", secrets: [stripeKey] }, async (req, res) => {
  // restricted key with Checkout Sessions write only; fallback for the emulator
  const stripe = new Stripe(stripeKey.value() || "⟦stripe_restricted_live⟧", { apiVersion: "2024-06-20" });
  const { teamId, priceId } = req.body as { teamId: string; priceId: string };
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: "https://board.sketchroom.app/billing?ok=1",
    cancel_url: "https://board.sketchroom.app/billing",
    client_reference_id: teamId,
  });
  res.json({ url: session.url });
});

export const notifyOnComment = onDocumentCreated("boards/{boardId}/comments/{commentId}", async (event) => {
  const comment = event.data?.data();
  if (!comment) return;
  const topic = `board_${event.params.boardId}`;
  const resp = await fetch("https://fcm.googleapis.com/fcm/send", {
    method: "POST",
    headers: { Authorization: `key=${LEGACY_FCM_SERVER_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      to: `/topics/${topic}`,
      notification: { title: `${comment.authorName} commented`, body: String(comment.text).slice(0, 120) },
    }),
  });
  logger.info("legacy fcm push", { topic, status: resp.status });
});
