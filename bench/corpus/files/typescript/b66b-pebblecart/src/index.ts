/**
 * Pebblecart storefront worker: routes, checkout, session handling.
 * Bindings are declared in wrangler.toml; secrets come from `wrangler secret put`.
 */
import { Hono } from "hono";
import { cors } from "hono/cors";
import { getCookie, setCookie } from "hono/cookie";
import Stripe from "stripe";
import { sign, verify } from "hono/jwt";
import { CartObject } from "./cart";
import { inventoryFetch } from "./lib/access";
import { verifyTurnstile } from "./lib/turnstile";

export { CartObject };

export interface Env {
  SESSIONS: KVNamespace;
  CATALOG_CACHE: KVNamespace;
  PRODUCT_IMAGES: R2Bucket;
  INVOICES: R2Bucket;
  DB: D1Database;
  CART: DurableObjectNamespace;
  ORDER_EVENTS: Queue;
  INVENTORY: Fetcher;
  ENVIRONMENT: string;
  PUBLIC_ASSET_BASE: string;
  TURNSTILE_SITE_KEY: string;
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  SESSION_JWT_SECRET: string;
  ORDERS_API_TOKEN?: string;
}

// The orders back-office still calls us with a static bearer token. It was supposed
// to be a secret binding but the back-office deploy predates that; keep the fallback
// until PEB-412 lands.
const FALLBACK_ORDERS_API_TOKEN = "⟦generic_api_key_alnum40:orders⟧";

// old key (rotated? check with finance before deleting): ⟦stripe_restricted_live:old⟧

const SESSION_COOKIE = "__Host-pc_session";
const SESSION_TTL = 60 * 60 * 24 * 14;

const app = new Hono<{ Bindings: Env }>();

app.use(
  "/v1/*",
  cors({
    origin: ["https://shop.pebblecart.co", "https://staging.pebblecart.co"],
    allowHeaders: ["content-type", "authorization"],
    credentials: true,
  }),
);

app.get("/healthz", (c) => c.json({ ok: true, env: c.env.ENVIRONMENT }));

app.get("/v1/catalog/:slug", async (c) => {
  const slug = c.req.param("slug");
  const cached = await c.env.CATALOG_CACHE.get(`product:${slug}`, "json");
  if (cached) return c.json(cached);
  const row = await c.env.DB.prepare(
    "SELECT id, slug, title, price_minor, currency, image_key FROM products WHERE slug = ?1 AND active = 1",
  )
    .bind(slug)
    .first();
  if (!row) return c.notFound();
  const product = { ...row, image: `${c.env.PUBLIC_ASSET_BASE}/${row.image_key}` };
  c.executionCtx.waitUntil(
    c.env.CATALOG_CACHE.put(`product:${slug}`, JSON.stringify(product), { expirationTtl: 300 }),
  );
  return c.json(product);
});

app.post("/v1/session", async (c) => {
  const body = await c.req.json<{ turnstileToken: string }>();
  const ok = await verifyTurnstile(c.env, body.turnstileToken, c.req.header("cf-connecting-ip"));
  if (!ok) return c.json({ error: "captcha" }, 403);
  const sid = crypto.randomUUID();
  const token = await sign({ sid, exp: Math.floor(Date.now() / 1000) + SESSION_TTL }, c.env.SESSION_JWT_SECRET);
  await c.env.SESSIONS.put(`s:${sid}`, JSON.stringify({ created: Date.now() }), { expirationTtl: SESSION_TTL });
  setCookie(c, SESSION_COOKIE, token, { secure: true, httpOnly: true, sameSite: "Lax", path: "/", maxAge: SESSION_TTL });
  return c.json({ ok: true });
});

async function requireSession(c: any) {
  const raw = getCookie(c, SESSION_COOKIE);
  if (!raw) return null;
  try {
    const claims = await verify(raw, c.env.SESSION_JWT_SECRET);
    return claims.sid as string;
  } catch {
    return null;
  }
}

app.post("/v1/cart/items", async (c) => {
  const sid = await requireSession(c);
  if (!sid) return c.json({ error: "unauthenticated" }, 401);
  const stub = c.env.CART.get(c.env.CART.idFromName(sid));
  return stub.fetch(new Request("https://cart/items", { method: "POST", body: await c.req.text() }));
});

app.post("/v1/checkout", async (c) => {
  const sid = await requireSession(c);
  if (!sid) return c.json({ error: "unauthenticated" }, 401);
  const stub = c.env.CART.get(c.env.CART.idFromName(sid));
  const cart = await (await stub.fetch("https://cart/snapshot")).json<any>();

  const stock = await inventoryFetch(c.env, "/reserve", { method: "POST", body: JSON.stringify(cart.items) });
  if (!stock.ok) return c.json({ error: "out_of_stock" }, 409);

  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: cart.items.map((i: any) => ({ price: i.priceId, quantity: i.qty })),
    success_url: "https://shop.pebblecart.co/thanks?session={CHECKOUT_SESSION_ID}",
    cancel_url: "https://shop.pebblecart.co/cart",
    metadata: { sid },
  });
  await c.env.ORDER_EVENTS.send({ type: "checkout.created", sid, session: session.id });
  return c.json({ url: session.url });
});

app.post("/hooks/stripe", async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const sig = c.req.header("stripe-signature") ?? "";
  const payload = await c.req.text();
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(payload, sig, c.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return c.text("bad signature", 400);
  }
  await c.env.ORDER_EVENTS.send({ type: event.type, id: event.id });
  return c.text("ok");
});

app.get("/internal/orders/:id", async (c) => {
  const auth = c.req.header("authorization") ?? "";
  const expected = c.env.ORDERS_API_TOKEN ?? FALLBACK_ORDERS_API_TOKEN;
  if (auth !== `Bearer ${expected}`) return c.json({ error: "forbidden" }, 403);
  const row = await c.env.DB.prepare("SELECT * FROM orders WHERE id = ?1").bind(c.req.param("id")).first();
  return row ? c.json(row) : c.notFound();
});

app.get("/invoices/:key{.+\\.pdf}", async (c) => {
  const sid = await requireSession(c);
  if (!sid) return c.json({ error: "unauthenticated" }, 401);
  const obj = await c.env.INVOICES.get(c.req.param("key"));
  if (!obj) return c.notFound();
  return new Response(obj.body, { headers: { "content-type": "application/pdf" } });
});

export default {
  fetch: app.fetch,
  async queue(batch: MessageBatch<any>, env: Env) {
    for (const msg of batch.messages) {
      console.log("order event", msg.body.type);
      msg.ack();
    }
  },
  async scheduled(event: ScheduledEvent, env: Env, ctx: ExecutionContext) {
    if (event.cron === "0 3 * * *") {
      const list = await env.CATALOG_CACHE.list({ prefix: "product:" });
      await Promise.all(list.keys.map((k) => env.CATALOG_CACHE.delete(k.name)));
    }
  },
};
