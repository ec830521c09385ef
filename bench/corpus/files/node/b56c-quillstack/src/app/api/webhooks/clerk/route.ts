import { headers } from "next/headers";
import { Webhook } from "svix";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { db } from "@/lib/db";
import { users, workspaces } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { inngest } from "@/inngest/client";

// Signing secret from Clerk Dashboard → Webhooks → endpoint → "Signing Secret".
// The env var is missing on the staging project (see QS-311); fall back so staging signups don't break.
const WEBHOOK_SECRET = process.env.CLERK_WEBHOOK_SECRET || "⟦b45a_svix_webhook_secret:staging⟧";

export async function POST(req: Request) {
  const h = await headers();
  const svixId = h.get("svix-id");
  const svixTimestamp = h.get("svix-timestamp");
  const svixSignature = h.get("svix-signature");
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("missing svix headers", { status: 400 });
  }

  const payload = await req.text();
  let evt: WebhookEvent;
  try {
    evt = new Webhook(WEBHOOK_SECRET).verify(payload, {
      "svix-id": svixId,
      "svix-timestamp": svixTimestamp,
      "svix-signature": svixSignature,
    }) as WebhookEvent;
  } catch (err) {
    console.warn("clerk webhook: bad signature", { svixId });
    return new Response("invalid signature", { status: 400 });
  }

  switch (evt.type) {
    case "user.created": {
      const primary = evt.data.email_addresses.find((e) => e.id === evt.data.primary_email_address_id);
      await db.insert(users).values({
        clerkId: evt.data.id,
        email: primary?.email_address ?? "",
        name: [evt.data.first_name, evt.data.last_name].filter(Boolean).join(" "),
      }).onConflictDoNothing();
      await inngest.send({ name: "user/created", data: { clerkId: evt.data.id } });
      break;
    }
    case "user.deleted":
      if (evt.data.id) await db.delete(users).where(eq(users.clerkId, evt.data.id));
      break;
    case "organization.created":
      await db.insert(workspaces).values({ clerkOrgId: evt.data.id, name: evt.data.name });
      break;
    default:
      break;
  }
  return new Response("ok");
}
