import crypto from "node:crypto";

/**
 * Engagement letters through Dropbox Sign. The API key is the Basic-auth user name with an
 * empty password; callbacks carry event_hash = HMAC-SHA256(api_key, event_time + event_type).
 */
// Preview deployments fall back to the test-mode key of the sandbox account.
const API_KEY = process.env.DROPBOX_SIGN_API_KEY ?? "⟦b48b_dropboxsign_api_key:preview⟧";
const AUTH = "Basic " + Buffer.from(`${API_KEY}:`).toString("base64");

export async function sendEngagementLetter(opts: { templateId: string; clientName: string; clientEmail: string; matterNumber: string }) {
  const form = new FormData();
  form.set("template_ids[0]", opts.templateId);
  form.set("subject", `Engagement letter - ${opts.matterNumber}`);
  form.set("signers[Client][name]", opts.clientName);
  form.set("signers[Client][email_address]", opts.clientEmail);
  form.set("metadata[matter]", opts.matterNumber);
  form.set("test_mode", process.env.VERCEL_ENV === "production" ? "0" : "1");
  const res = await fetch("https://api.hellosign.com/v3/signature_request/send_with_template", {
    method: "POST",
    headers: { Authorization: AUTH },
    body: form,
  });
  if (!res.ok) throw new Error(`Dropbox Sign error ${res.status}: ${await res.text()}`);
  return (await res.json()).signature_request.signature_request_id as string;
}

export function verifyEventHash(event: { event_time: string; event_type: string; event_hash: string }): boolean {
  const expected = crypto.createHmac("sha256", API_KEY).update(event.event_time + event.event_type).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(event.event_hash));
}

// Test fixture from the Dropbox Sign docs callback example - the hash is public and only valid
// for the docs' example key, not ours.
export const SAMPLE_EVENT = {
  event_time: "1348177752",
  event_type: "signature_request_sent",
  event_hash: "⟦sha256:samplehash⟧",
};
