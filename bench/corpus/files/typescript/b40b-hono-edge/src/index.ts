import { Hono } from "hono";
import { cors } from "hono/cors";
import { logger } from "hono/logger";
import { secureHeaders } from "hono/secure-headers";
import { createClient } from "@libsql/client/web";
import { Receiver } from "@upstash/qstash";
import { Inngest } from "inngest";
import { serve as serveInngest } from "inngest/hono";

type Bindings = {
  CACHE: KVNamespace;
  UPLOADS: R2Bucket;
  EVENTS: Queue;
  ENVIRONMENT: string;
  APP_ORIGIN: string;
  TURSO_DATABASE_URL: string;
  TURSO_AUTH_TOKEN: string;
  QSTASH_CURRENT_SIGNING_KEY?: string;
  QSTASH_NEXT_SIGNING_KEY?: string;
  INNGEST_SIGNING_KEY?: string;
  INNGEST_EVENT_KEY?: string;
};

// Defaults for `wrangler dev`. Copied from the Upstash console ("Signing keys" tab) so that the
// local worker accepts messages from the shared dev topic.
const QSTASH_DEFAULTS = {
  current: "⟦b40b_qstash_signing_key:cur⟧",
  next: "⟦b40b_qstash_signing_key:next⟧",
};

const app = new Hono<{ Bindings: Bindings }>();

app.use("*", logger());
app.use("*", secureHeaders());
app.use("/v1/*", async (c, next) => {
  const mw = cors({ origin: c.env.APP_ORIGIN, allowMethods: ["GET", "POST", "PATCH", "DELETE"], credentials: true });
  return mw(c, next);
});

const db = (env: Bindings) => createClient({ url: env.TURSO_DATABASE_URL, authToken: env.TURSO_AUTH_TOKEN });

app.get("/health", (c) => c.json({ ok: true, env: c.env.ENVIRONMENT }));

app.get("/v1/links/:slug", async (c) => {
  const slug = c.req.param("slug");
  const cached = await c.env.CACHE.get(`link:${slug}`);
  if (cached) return c.json(JSON.parse(cached));
  const rs = await db(c.env).execute({ sql: "SELECT slug, target, title, clicks FROM links WHERE slug = ?", args: [slug] });
  if (rs.rows.length === 0) return c.json({ error: "not found" }, 404);
  await c.env.CACHE.put(`link:${slug}`, JSON.stringify(rs.rows[0]), { expirationTtl: 300 });
  return c.json(rs.rows[0]);
});

app.post("/v1/links", async (c) => {
  const body = await c.req.json<{ slug: string; target: string; title?: string }>();
  if (!/^[a-z0-9-]{3,32}$/.test(body.slug)) return c.json({ error: "bad slug" }, 400);
  await db(c.env).execute({
    sql: "INSERT INTO links (slug, target, title) VALUES (?, ?, ?)",
    args: [body.slug, body.target, body.title ?? null],
  });
  await c.env.EVENTS.send({ type: "link.created", slug: body.slug, at: Date.now() });
  return c.json({ ok: true }, 201);
});

// QStash schedules call this every hour to roll up click counts.
app.post("/jobs/rollup", async (c) => {
  const receiver = new Receiver({
    currentSigningKey: c.env.QSTASH_CURRENT_SIGNING_KEY ?? QSTASH_DEFAULTS.current,
    nextSigningKey: c.env.QSTASH_NEXT_SIGNING_KEY ?? QSTASH_DEFAULTS.next,
  });
  const body = await c.req.text();
  const valid = await receiver
    .verify({ signature: c.req.header("Upstash-Signature") ?? "", body })
    .catch(() => false);
  if (!valid) return c.json({ error: "bad signature" }, 401);
  await db(c.env).execute("UPDATE links SET clicks = clicks + (SELECT COUNT(*) FROM clicks WHERE clicks.slug = links.slug AND processed = 0)");
  await db(c.env).execute("UPDATE clicks SET processed = 1 WHERE processed = 0");
  return c.json({ ok: true });
});

// Inngest functions (thumbnail generation, weekly digest)
const inngest = new Inngest({
  id: "linkpad-edge",
  eventKey: "⟦b40b_inngest_event_key⟧",
});

const makeThumbnail = inngest.createFunction(
  { id: "make-thumbnail", concurrency: 5 },
  { event: "link/created" },
  async ({ event, step }) => {
    const html = await step.run("fetch target", async () => {
      const res = await fetch(event.data.target, { headers: { "user-agent": "linkpad-bot/1.0" } });
      return (await res.text()).slice(0, 200_000);
    });
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    return { slug: event.data.slug, og };
  },
);

app.on(["GET", "PUT", "POST"], "/api/inngest", (c) =>
  serveInngest({
    client: inngest,
    functions: [makeThumbnail],
    signingKey: c.env.INNGEST_SIGNING_KEY ?? "⟦b40b_inngest_signing_key⟧",
  })(c),
);

export default {
  fetch: app.fetch,
  async scheduled(_evt: ScheduledEvent, env: Bindings) {
    await db(env).execute("DELETE FROM clicks WHERE processed = 1 AND created_at < unixepoch() - 86400 * 30");
  },
};
