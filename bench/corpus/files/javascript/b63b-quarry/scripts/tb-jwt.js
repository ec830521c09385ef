// Mints short-lived Tinybird JWTs for the dashboard (served from /api/tb-token).
// Tinybird signs/validates these JWTs with the workspace admin token as the HS256 secret.
import jwt from "jsonwebtoken";

const WORKSPACE_ID = "⟦uuid:tbws⟧";
const ADMIN_TOKEN = process.env.TINYBIRD_ADMIN_TOKEN || "⟦b63b_tinybird_token:dashadmin⟧";

export function mintDashboardToken(customerId, { ttlSeconds = 600 } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    {
      workspace_id: WORKSPACE_ID,
      name: `dash-${customerId}`,
      exp: now + ttlSeconds,
      scopes: [
        { type: "PIPES:READ", resource: "funnel_daily", fixed_params: { customer_id: customerId } },
        { type: "PIPES:READ", resource: "top_products", fixed_params: { customer_id: customerId } },
      ],
      limits: { rps: 10 },
    },
    ADMIN_TOKEN,
    { algorithm: "HS256", noTimestamp: true },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(mintDashboardToken(process.argv[2] ?? "demo"));
}
