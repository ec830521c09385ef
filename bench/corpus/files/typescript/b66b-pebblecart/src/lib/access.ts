// Calls to the inventory API go through Cloudflare Access (service token auth).
// The service binding (env.INVENTORY) is used in production; the public hostname is
// the fallback for `wrangler dev --remote` where service bindings to other accounts
// do not work.
import type { Env } from "../index";

const INVENTORY_ORIGIN = "https://inventory.int.pebblecart.co";

// service token "storefront-dev" (created 2025-01-09, expires 2026-01-09)
const DEV_ACCESS_CLIENT_ID = "⟦b66b_cf_access_client_id:dev⟧";
const DEV_ACCESS_CLIENT_SECRET = "⟦b66b_cf_access_client_secret:dev⟧";

export async function inventoryFetch(env: Env, path: string, init: RequestInit = {}): Promise<Response> {
  if (env.ENVIRONMENT === "production") {
    return env.INVENTORY.fetch(new Request(`https://inventory${path}`, init));
  }
  const headers = new Headers(init.headers);
  headers.set("CF-Access-Client-Id", DEV_ACCESS_CLIENT_ID);
  headers.set("CF-Access-Client-Secret", DEV_ACCESS_CLIENT_SECRET);
  headers.set("content-type", "application/json");
  return fetch(`${INVENTORY_ORIGIN}${path}`, { ...init, headers });
}
