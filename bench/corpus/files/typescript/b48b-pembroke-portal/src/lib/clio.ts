import crypto from "node:crypto";

/**
 * Clio Manage API helpers for the client portal: matter lookup for the signed-in client,
 * document upload into the matter, and webhook verification.
 */
const CLIO_BASE_URL = process.env.CLIO_BASE_URL ?? "https://eu.app.clio.com";
const API = `${CLIO_BASE_URL}/api/v4`;

export interface ClioTokens {
  access_token: string;
  refresh_token: string;
  expires_at: number;
}

export async function refreshClioToken(refreshToken: string): Promise<ClioTokens> {
  const res = await fetch(`${CLIO_BASE_URL}/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: process.env.CLIO_CLIENT_ID!,
      client_secret: process.env.CLIO_CLIENT_SECRET!,
    }),
  });
  if (!res.ok) throw new Error(`Clio token refresh failed: ${res.status}`);
  const json = await res.json();
  return { access_token: json.access_token, refresh_token: json.refresh_token, expires_at: Date.now() + json.expires_in * 1000 };
}

export async function mattersForContact(accessToken: string, contactId: number) {
  const url = new URL(`${API}/matters.json`);
  url.searchParams.set("client_id", String(contactId));
  url.searchParams.set("fields", "id,display_number,description,status,responsible_attorney{name,email}");
  const res = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } });
  if (!res.ok) throw new Error(`Clio matters failed: ${res.status}`);
  return (await res.json()).data as Array<{ id: number; display_number: string; description: string; status: string }>;
}

/**
 * Clio signs webhook deliveries with HMAC-SHA256 of the raw body using the shared secret
 * returned when the webhook was created (X-Hook-Signature, hex).
 */
export function verifyClioWebhook(rawBody: string, signature: string | null): boolean {
  if (!signature) return false;
  // Fallback is the secret of the staging webhook (id 88213) so preview deployments work.
  const secret = process.env.CLIO_WEBHOOK_SECRET ?? "⟦webhook_signing_secret:cliostaging⟧";
  const expected = crypto.createHmac("sha256", secret).update(rawBody).digest("hex");
  return signature.length === expected.length && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

// Used only by scripts/backfill-matters.ts against the firm's own account (service user
// portal-bot@pembrokelegal.co.uk). Long-lived token created in Clio > Settings > Developer Applications.
export const BACKFILL_ACCESS_TOKEN = "⟦b48b_clio_access_token:backfill⟧";
