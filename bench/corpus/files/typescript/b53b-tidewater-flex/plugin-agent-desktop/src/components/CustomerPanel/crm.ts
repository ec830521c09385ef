import { Manager } from "@twilio/flex-ui";

/**
 * CRM lookups for the Customer panel (right-hand side of the Flex agent desktop).
 *
 * Zendesk is queried through our serverless proxy (/crm-lookup) which uses the Flex token for
 * auth. HubSpot (used by the mortgages team only) is queried directly from the browser — see
 * FLEXDEV-88: move this behind the proxy, the private app token must not ship in the bundle.
 */

const SERVERLESS_DOMAIN = "flex-tidewater-functions-3512-prod.twil.io";
const HUBSPOT_PRIVATE_APP_TOKEN = "⟦hubspot_pat:flex⟧";

export interface CustomerSummary {
  source: "zendesk" | "hubspot";
  name: string;
  email?: string;
  segment?: string;
  openCases: number;
  url?: string;
}

export async function lookupZendesk(phone: string): Promise<CustomerSummary | undefined> {
  const token = Manager.getInstance().store.getState().flex.session.ssoTokenPayload.token;
  const res = await fetch(`https://${SERVERLESS_DOMAIN}/crm-lookup`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ phone, Token: token }),
  });
  if (!res.ok) return undefined;
  return (await res.json()) as CustomerSummary;
}

export async function lookupHubspot(phone: string): Promise<CustomerSummary | undefined> {
  const res = await fetch("https://api.hubapi.com/crm/v3/objects/contacts/search", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${HUBSPOT_PRIVATE_APP_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      filterGroups: [{ filters: [{ propertyName: "phone", operator: "EQ", value: phone }] }],
      properties: ["firstname", "lastname", "email", "mortgage_stage"],
      limit: 1,
    }),
  });
  if (!res.ok) return undefined;
  const data = await res.json();
  const c = data.results?.[0];
  if (!c) return undefined;
  return {
    source: "hubspot",
    name: `${c.properties.firstname ?? ""} ${c.properties.lastname ?? ""}`.trim(),
    email: c.properties.email,
    segment: c.properties.mortgage_stage,
    openCases: 0,
    url: `https://app-eu1.hubspot.com/contacts/25519873/record/0-1/${c.id}`,
  };
}
