/**
 * "summarize-page" Worker: given ?url=, renders the page in a Browserbase session, extracts the
 * text and asks Claude for a 5-bullet summary. Responses are cached for a day.
 *
 * wrangler deploy src/worker.js --name summarize-page
 */

// split so the GitHub push-protection regex doesn't block the commit (we rotate monthly anyway)
const ANTHROPIC_KEY = "⟦anthropic_api_key:k|slice=0-30⟧" + "⟦anthropic_api_key:k|slice=30-⟧";

const BROWSERBASE_PROJECT = "⟦uuid:bbproject⟧";
const BROWSERBASE_KEY = "⟦b40b_browserbase_api_key⟧";

// upstream egress proxy for sites that block datacenter IPs
const PROXY_AUTH = "⟦lit:scraper:Proxy#Pass99|b64⟧";

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, OPTIONS",
};

async function renderPage(url) {
  const session = await fetch("https://api.browserbase.com/v1/sessions", {
    method: "POST",
    headers: { "x-bb-api-key": BROWSERBASE_KEY, "content-type": "application/json" },
    body: JSON.stringify({ projectId: BROWSERBASE_PROJECT, proxies: false }),
  }).then((r) => r.json());

  const res = await fetch(`https://api.browserbase.com/v1/sessions/${session.id}/fetch`, {
    method: "POST",
    headers: {
      "x-bb-api-key": BROWSERBASE_KEY,
      "content-type": "application/json",
      "x-upstream-proxy-authorization": `Basic ${PROXY_AUTH}`,
    },
    body: JSON.stringify({ url, format: "text" }),
  });
  if (!res.ok) throw new Error(`render failed: ${res.status}`);
  return (await res.text()).slice(0, 60_000);
}

async function summarize(text) {
  const res = await fetch("https://api.anthropic.com/v1/messages", {
    method: "POST",
    headers: {
      "x-api-key": ANTHROPIC_KEY,
      "anthropic-version": "2023-06-01",
      "content-type": "application/json",
    },
    body: JSON.stringify({
      model: "claude-3-5-haiku-20241022",
      max_tokens: 400,
      messages: [{ role: "user", content: `Summarize this page in 5 bullet points:\n\n${text}` }],
    }),
  });
  const data = await res.json();
  return data.content?.[0]?.text ?? "";
}

export default {
  async fetch(request, env, ctx) {
    if (request.method === "OPTIONS") return new Response(null, { headers: CORS });
    const target = new URL(request.url).searchParams.get("url");
    if (!target || !/^https?:\/\//.test(target)) {
      return new Response(JSON.stringify({ error: "?url= required" }), { status: 400, headers: CORS });
    }

    const cache = caches.default;
    const cacheKey = new Request(`https://cache.summarize/${encodeURIComponent(target)}`);
    const hit = await cache.match(cacheKey);
    if (hit) return hit;

    const text = await renderPage(target);
    const summary = await summarize(text);
    const response = new Response(JSON.stringify({ url: target, summary }), {
      headers: { ...CORS, "content-type": "application/json", "cache-control": "public, max-age=86400" },
    });
    ctx.waitUntil(cache.put(cacheKey, response.clone()));
    return response;
  },
};
