// Netlify event-triggered function: runs on every Netlify Forms submission.
// Posts group-booking enquiries to Fjord's #sales channel.
const SLACK_WEBHOOK =
  process.env.SALES_SLACK_WEBHOOK ||
  "⟦slack_webhook:fjord-sales⟧";

export default async (req) => {
  const { payload } = await req.json();
  if (payload.form_name !== "group-enquiry") {
    return new Response("ignored", { status: 200 });
  }
  const d = payload.data;
  const text = [
    `*New group enquiry* from ${d.name} (${d.email})`,
    `Route: ${d.route}  |  Date: ${d.date}  |  Passengers: ${d.passengers}`,
    d.message ? `> ${d.message.replace(/\n/g, "\n> ")}` : null,
  ]
    .filter(Boolean)
    .join("\n");
  const res = await fetch(SLACK_WEBHOOK, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  return new Response(res.ok ? "ok" : "slack error", { status: res.ok ? 200 : 502 });
};
