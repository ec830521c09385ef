import type { Request, Response } from "express";
import { Webhook } from "svix";
import { prisma } from "../../db";
import { logger } from "../../lib/logger";

// Junction (Vital) delivers webhooks through Svix; each endpoint has its own whsec_ signing secret.
const secret = process.env.JUNCTION_WEBHOOK_SECRET;
if (!secret) throw new Error("JUNCTION_WEBHOOK_SECRET missing");
const wh = new Webhook(secret);

type LabResultEvent = {
  event_type: "labtest.order.updated" | "labtest.results.ready" | "daily.data.glucose.created";
  user_id: string;
  client_user_id: string;
  team_id: string;
  data: Record<string, unknown>;
};

export async function junctionWebhook(req: Request, res: Response) {
  let evt: LabResultEvent;
  try {
    evt = wh.verify(req.body as Buffer, {
      "svix-id": req.header("svix-id") ?? "",
      "svix-timestamp": req.header("svix-timestamp") ?? "",
      "svix-signature": req.header("svix-signature") ?? "",
    }) as LabResultEvent;
  } catch (err) {
    logger.warn({ err }, "junction webhook signature rejected");
    return res.status(400).end();
  }

  if (evt.event_type === "labtest.results.ready") {
    await prisma.labOrder.update({
      where: { junctionOrderId: String(evt.data.order_id) },
      data: { status: "RESULTED", resultedAt: new Date() },
    });
  }
  res.status(204).end();
}

/* local replay helper - uses the SANDBOX endpoint secret and team key, never prod
   curl -X POST https://api.sandbox.us.junction.com/v2/webhooks/replay \
     -H "X-Vital-API-Key: ⟦b45a_junction_team_key:sandbox-us⟧" \
     -d '{"event_id":"msg_2hD9..."}'
   JUNCTION_WEBHOOK_SECRET=⟦b45a_svix_webhook_secret:sandbox⟧ npm run dev
*/
