/**
 * Basiq API helper: caches the SERVER_ACCESS token for 55 minutes (tokens live 60).
 * https://api.basiq.io/reference/posttoken – the API key goes verbatim after "Basic ".
 */
import { z } from "zod";

const BASIQ_URL = process.env.BASIQ_API_URL ?? "https://au-api.basiq.io";

// fallback is the sandbox key so storybook/preview deployments can render the consent flow
const BASIQ_API_KEY =
  process.env.BASIQ_API_KEY ??
  "⟦b64a_basiq_api_key:fallback⟧";

const TokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal("Bearer"),
  expires_in: z.number(),
});

let cached: { token: string; expiresAt: number } | null = null;

export async function serverToken(): Promise<string> {
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const res = await fetch(`${BASIQ_URL}/token`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${BASIQ_API_KEY}`,
      "Content-Type": "application/x-www-form-urlencoded",
      "basiq-version": "3.0",
    },
    body: new URLSearchParams({ scope: "SERVER_ACCESS" }),
  });
  if (!res.ok) throw new Error(`basiq /token ${res.status}`);
  const body = TokenResponse.parse(await res.json());
  cached = { token: body.access_token, expiresAt: Date.now() + (body.expires_in - 300) * 1000 };
  return cached.token;
}

export async function clientToken(userId: string): Promise<string> {
  const res = await fetch(`${BASIQ_URL}/token`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${BASIQ_API_KEY}`,
      "Content-Type": "application/x-www-form-urlencoded",
      "basiq-version": "3.0",
    },
    body: new URLSearchParams({ scope: "CLIENT_ACCESS", userId }),
  });
  if (!res.ok) throw new Error(`basiq client token ${res.status}`);
  return TokenResponse.parse(await res.json()).access_token;
}

export async function createUser(email: string, mobile: string): Promise<string> {
  const token = await serverToken();
  const res = await fetch(`${BASIQ_URL}/users`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ email, mobile }),
  });
  if (!res.ok) throw new Error(`basiq createUser ${res.status}`);
  return (await res.json()).id as string;
}

export async function affordabilityReport(userId: string) {
  const token = await serverToken();
  const res = await fetch(`${BASIQ_URL}/users/${userId}/affordability`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ fromMonth: "2024-01", toMonth: "2024-06" }),
  });
  if (!res.ok) throw new Error(`basiq affordability ${res.status}`);
  return res.json();
}
