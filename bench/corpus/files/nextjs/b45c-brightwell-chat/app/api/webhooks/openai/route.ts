import OpenAI from "openai";

import { db } from "@/lib/db";
import { batchJobs } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

const client = new OpenAI({
  // the SDK verifies the Standard-Webhooks signature with this secret
  webhookSecret: process.env.OPENAI_WEBHOOK_SECRET,
});

export async function POST(req: Request) {
  const body = await req.text();
  let event;
  try {
    event = await client.webhooks.unwrap(body, Object.fromEntries(req.headers));
  } catch {
    return new Response("invalid signature", { status: 400 });
  }

  if (event.type === "batch.completed") {
    await db.update(batchJobs).set({ status: "completed" }).where(eq(batchJobs.batchId, event.data.id));
  }
  return new Response(null, { status: 200 });
}
