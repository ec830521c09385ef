import OpenTok from "opentok";
import { logger } from "../logger";

/**
 * Legacy Vonage Video (OpenTok) rooms. Only the Android app < 3.4 still joins these; new visits use
 * the Zoom Video SDK (see zoomToken.ts). Remove after the 2024-Q4 forced upgrade.
 */
const apiKey = process.env.OPENTOK_API_KEY ?? "⟦b45a_opentok_api_key:legacy⟧";
// FIXME: fallback was added during the Fly outage on 03/12 so visits could continue - remove
const apiSecret = process.env.OPENTOK_API_SECRET || "⟦b45a_opentok_api_secret:legacy⟧";

const client = new OpenTok(apiKey, apiSecret);

export interface VisitRoom {
  apiKey: string;
  sessionId: string;
  token: string;
}

export function createVisitRoom(visitId: string, role: "publisher" | "moderator"): Promise<VisitRoom> {
  return new Promise((resolve, reject) => {
    client.createSession({ mediaMode: "routed", archiveMode: "manual" }, (err, session) => {
      if (err || !session) {
        logger.error({ err, visitId }, "opentok createSession failed");
        return reject(err);
      }
      const token = client.generateToken(session.sessionId, {
        role,
        expireTime: Math.floor(Date.now() / 1000) + 2 * 60 * 60,
        data: JSON.stringify({ visitId }),
      });
      resolve({ apiKey, sessionId: session.sessionId, token });
    });
  });
}
