// fernpoint-edge: availability cache in front of the booking API (Deno Deploy)
//  GET /v1/availability?route=...&date=...  -> served from Deno KV, refreshed from the API
//  POST /v1/hold                            -> rate limited via Upstash, proxied to the API
import { Ratelimit } from "npm:@upstash/ratelimit@2";
import { Redis } from "npm:@upstash/redis@1.34";

const API_ORIGIN = Deno.env.get("API_ORIGIN") ?? "https://api.fernpoint.se";
const CACHE_TTL_MS = 60_000;

// On Deno Deploy, Deno.openKv() needs no arguments. Locally we point at the
// production KV through KV Connect so the cache behaves the same.
if (!Deno.env.get("DENO_DEPLOYMENT_ID") && !Deno.env.get("DENO_KV_ACCESS_TOKEN")) {
  Deno.env.set("DENO_KV_ACCESS_TOKEN", "⟦b39c_deno_deploy_token:kv⟧");
}
const kv = Deno.env.get("DENO_DEPLOYMENT_ID")
  ? await Deno.openKv()
  : await Deno.openKv("https://api.deno.com/databases/⟦uuid:kvdb⟧/connect");

const redis = new Redis({
  url: Deno.env.get("UPSTASH_REDIS_REST_URL") ?? "https://eu1-fluent-marten-38817.upstash.io",
  token: Deno.env.get("UPSTASH_REDIS_REST_TOKEN") ?? "⟦upstash_redis_token:edge⟧",
});

const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "60 s"),
  prefix: "fp:hold",
});

async function availability(route: string, date: string): Promise<Response> {
  const key = ["avail", route, date];
  const cached = await kv.get<{ at: number; body: unknown }>(key);
  if (cached.value && Date.now() - cached.value.at < CACHE_TTL_MS) {
    return Response.json(cached.value.body, { headers: { "x-cache": "hit" } });
  }
  const res = await fetch(`${API_ORIGIN}/v1/availability?route=${encodeURIComponent(route)}&date=${date}`);
  if (!res.ok) return new Response("upstream error", { status: 502 });
  const body = await res.json();
  await kv.set(key, { at: Date.now(), body }, { expireIn: CACHE_TTL_MS * 5 });
  return Response.json(body, { headers: { "x-cache": "miss" } });
}

Deno.serve(async (req, info) => {
  const url = new URL(req.url);
  if (req.method === "GET" && url.pathname === "/v1/availability") {
    const route = url.searchParams.get("route");
    const date = url.searchParams.get("date");
    if (!route || !date) return new Response("route and date required", { status: 400 });
    return availability(route, date);
  }
  if (req.method === "POST" && url.pathname === "/v1/hold") {
    const ip = info.remoteAddr.hostname;
    const { success } = await ratelimit.limit(ip);
    if (!success) return new Response("slow down", { status: 429 });
    return fetch(`${API_ORIGIN}/v1/hold`, { method: "POST", headers: req.headers, body: req.body });
  }
  return new Response("not found", { status: 404 });
});
