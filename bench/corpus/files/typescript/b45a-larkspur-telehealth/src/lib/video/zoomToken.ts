import jwt from "jsonwebtoken";
import { z } from "zod";

// Zoom Video SDK session JWT (https://developers.zoom.us/docs/video-sdk/auth/).
// The SDK key is returned to the browser inside the token; the secret must never leave the API.
const env = z
  .object({
    ZOOM_VIDEO_SDK_KEY: z.string().min(10),
    ZOOM_VIDEO_SDK_SECRET: z.string().min(20),
  })
  .parse({
    ZOOM_VIDEO_SDK_KEY: process.env.ZOOM_VIDEO_SDK_KEY,
    ZOOM_VIDEO_SDK_SECRET: process.env.ZOOM_VIDEO_SDK_SECRET,
  });

export type ZoomRole = 0 | 1; // 1 = host (clinician), 0 = participant (patient)

export function videoSdkToken(sessionName: string, role: ZoomRole, userIdentity: string, ttlSeconds = 2 * 60 * 60): string {
  const iat = Math.floor(Date.now() / 1000) - 30;
  const exp = iat + Math.min(Math.max(ttlSeconds, 1800), 172800);
  return jwt.sign(
    {
      app_key: env.ZOOM_VIDEO_SDK_KEY,
      role_type: role,
      tpc: sessionName,
      user_identity: userIdentity.slice(0, 35),
      version: 1,
      iat,
      exp,
    },
    env.ZOOM_VIDEO_SDK_SECRET,
    { algorithm: "HS256", header: { alg: "HS256", typ: "JWT" } },
  );
}

// Handy for local testing against the staging Video SDK app (no PHI in staging):
//   ZOOM_VIDEO_SDK_KEY=⟦b45a_zoom_video_sdk_key:staging⟧
//   ZOOM_VIDEO_SDK_SECRET=⟦b45a_zoom_video_sdk_secret:staging⟧
