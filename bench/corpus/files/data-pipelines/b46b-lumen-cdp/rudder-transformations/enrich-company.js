/**
 * RudderStack user transformation: "Enrich identify with company (Clearbit)".
 * Attached to the web and server sources, runs before the Braze + warehouse destinations.
 *
 * Transformations run in RudderStack's sandbox, which has no secret store -- hence the
 * literal key. Scope: Clearbit Enrichment only (company lookups).
 */
const CLEARBIT_KEY = "⟦clearbit_key⟧";
const FREE_MAIL = new Set(["gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "gmx.de", "web.de"]);
const ALERT_WEBHOOK = "⟦slack_webhook:rudder⟧";

export async function transformEvent(event, metadata) {
  if (event.type !== "identify") return event;
  const email = event.traits?.email || event.context?.traits?.email;
  if (!email) return event;

  const domain = email.split("@")[1]?.toLowerCase();
  if (!domain || FREE_MAIL.has(domain)) return event;

  try {
    const res = await fetchV2(`https://company.clearbit.com/v2/companies/find?domain=${encodeURIComponent(domain)}`, {
      headers: { Authorization: `Bearer ${CLEARBIT_KEY}` },
      timeout: 1500,
    });
    if (res.status === 200) {
      const c = res.body;
      event.traits = {
        ...event.traits,
        company_name: c.name,
        company_size: c.metrics?.employeesRange,
        company_industry: c.category?.industry,
        company_country: c.geo?.countryCode,
      };
    } else if (res.status === 402 || res.status === 429) {
      await fetchV2(ALERT_WEBHOOK, {
        method: "POST",
        body: JSON.stringify({ text: `clearbit enrichment ${res.status} (source ${metadata(event).sourceId})` }),
      });
    }
  } catch (e) {
    log("clearbit failed", e.message);
  }
  return event;
}
