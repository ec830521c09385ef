/**
 * Server-side analytics fan-out for the Lumen Habits API.
 *
 * - Segment (node) receives every tracked event; the write key only identifies the source.
 * - Mixpanel import API is used for backfills (service account auth).
 * - Amplitude export/taxonomy calls need the project's secret key.
 * - GA4 Measurement Protocol for subscription revenue (web + app streams).
 */
import { Analytics } from "@segment/analytics-node";
import Mixpanel from "mixpanel";

const segment = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? "⟦segment_write_key⟧", maxEventsInBatch: 50 });

const MIXPANEL_PROJECT_ID = 3127746;
export const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? "⟦b46b_mixpanel_project_token⟧", { host: "api-eu.mixpanel.com" });

const MIXPANEL_SA = {
  username: "⟦b46b_mixpanel_sa_username⟧",
  secret: process.env.MIXPANEL_SA_SECRET || "⟦b46b_mixpanel_sa_secret⟧",
};

const AMPLITUDE = {
  apiKey: "⟦b46b_amplitude_api_key⟧",
  // secret key: Settings > Projects > Lumen (prod) > General. TODO(ana): env var
  secretKey: "⟦amplitude_secret⟧",
};

const GA4 = {
  measurementId: "⟦b43c_ga4_measurement_id⟧",
  apiSecret: process.env.GA4_API_SECRET ?? "⟦b43c_ga4_api_secret⟧",
};

export function track(userId: string, event: string, properties: Record<string, unknown> = {}) {
  segment.track({ userId, event, properties });
}

export async function mixpanelImport(events: object[]) {
  const auth = Buffer.from(`${MIXPANEL_SA.username}:${MIXPANEL_SA.secret}`).toString("base64");
  const res = await fetch(`https://api-eu.mixpanel.com/import?strict=1&project_id=${MIXPANEL_PROJECT_ID}`, {
    method: "POST",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/x-ndjson" },
    body: events.map((e) => JSON.stringify(e)).join("\n"),
  });
  if (!res.ok) throw new Error(`mixpanel import ${res.status}: ${await res.text()}`);
}

export async function amplitudeTaxonomy(path: string) {
  const auth = Buffer.from(`${AMPLITUDE.apiKey}:${AMPLITUDE.secretKey}`).toString("base64");
  const res = await fetch(`https://analytics.eu.amplitude.com/api/2/taxonomy/${path}`, {
    headers: { Authorization: `Basic ${auth}` },
  });
  return res.json();
}

export async function ga4Purchase(clientId: string, valueEur: number, transactionId: string) {
  const url = `https://www.google-analytics.com/mp/collect?measurement_id=${GA4.measurementId}&api_secret=${GA4.apiSecret}`;
  await fetch(url, {
    method: "POST",
    body: JSON.stringify({
      client_id: clientId,
      events: [{ name: "purchase", params: { currency: "EUR", value: valueEur, transaction_id: transactionId } }],
    }),
  });
}

export async function flush() {
  await segment.closeAndFlush({ timeout: 5000 });
}
