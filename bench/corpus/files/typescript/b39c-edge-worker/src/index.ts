import { ImageResponse } from "workers-og";

export interface Env {
  IMAGES: R2Bucket;
  RENDER_CACHE: KVNamespace;
  SITE_ORIGIN: string;
  CACHE_TTL_SECONDS: string;
  RESEND_API_KEY: string;
  ALERT_EMAIL: string;
  OPENAI_API_KEY?: string;
}

// fallback while the secret binding is missing on the preview env (see wrangler.toml)
const OPENAI_FALLBACK = "⟦openai_project_key⟧";

async function altTextFor(title: string, env: Env): Promise<string> {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.OPENAI_API_KEY ?? OPENAI_FALLBACK}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      max_tokens: 60,
      messages: [{ role: "user", content: `Write a 12-word alt text for a book cover titled "${title}".` }],
    }),
  });
  if (!res.ok) return title;
  const data = (await res.json()) as { choices: { message: { content: string } }[] };
  return data.choices[0]?.message.content.trim() ?? title;
}

async function alert(env: Env, subject: string, text: string) {
  await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${env.RESEND_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ from: "og-worker@bramblepress.com", to: env.ALERT_EMAIL, subject, text }),
  });
}

export default {
  async fetch(req: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(req.url);
    const slug = url.pathname.replace(/^\/+|\.png$/g, "");
    if (!slug) return new Response("not found", { status: 404 });

    const cached = await env.IMAGES.get(`${slug}.png`);
    if (cached) {
      return new Response(cached.body, {
        headers: { "Content-Type": "image/png", "Cache-Control": `public, max-age=${env.CACHE_TTL_SECONDS}` },
      });
    }

    const meta = await fetch(`${env.SITE_ORIGIN}/api/books/${slug}.json`);
    if (!meta.ok) return new Response("unknown book", { status: 404 });
    const book = (await meta.json()) as { title: string; author: string; cover: string };

    try {
      const img = new ImageResponse(
        `<div style="display:flex;width:1200px;height:630px;background:#f6f1e7;font-family:serif">
           <img src="${book.cover}" width="420" height="630" />
           <div style="display:flex;flex-direction:column;padding:60px">
             <div style="font-size:64px">${book.title}</div>
             <div style="font-size:36px;color:#6b5b45">${book.author}</div>
           </div>
         </div>`,
        { width: 1200, height: 630 },
      );
      const png = await img.arrayBuffer();
      const alt = await altTextFor(book.title, env);
      ctx.waitUntil(env.IMAGES.put(`${slug}.png`, png, { customMetadata: { alt } }));
      return new Response(png, { headers: { "Content-Type": "image/png" } });
    } catch (err) {
      ctx.waitUntil(alert(env, `og render failed: ${slug}`, String(err)));
      return new Response("render failed", { status: 500 });
    }
  },
} satisfies ExportedHandler<Env>;
