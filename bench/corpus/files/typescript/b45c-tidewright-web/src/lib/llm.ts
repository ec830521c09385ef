import OpenAI from "openai";
import { Portkey } from "portkey-ai";

/**
 * LLM clients for the "brief writer" feature.
 *
 * All traffic goes through Portkey so we get per-client budgets and fallbacks; the provider keys
 * themselves sit in Portkey's vault and are referenced by their virtual-key slugs below.
 */

const PORTKEY_API_KEY = process.env.PORTKEY_API_KEY ?? "⟦b45c_portkey_api_key⟧";

export const portkey = new Portkey({
  apiKey: PORTKEY_API_KEY,
  // virtual key slugs (not secrets by themselves; useless without the Portkey API key)
  virtualKey: process.env.PORTKEY_VK_ANTHROPIC ?? "anthropic-prod-7c1e2a",
  config: "pc-brief-w-3f9a1d",
  metadata: { _user: "brief-writer", env: process.env.VERCEL_ENV ?? "development" },
});

export const portkeyOpenAIFallback = new Portkey({
  apiKey: PORTKEY_API_KEY,
  virtualKey: "openai-prod-b45e09",
});

/** Direct OpenRouter client used only by the internal /labs playground. */
export const openrouter = new OpenAI({
  baseURL: "https://openrouter.ai/api/v1",
  apiKey: process.env.OPENROUTER_API_KEY || "⟦openrouter_api_key:labs⟧",
  defaultHeaders: {
    "HTTP-Referer": "https://tidewright.studio",
    "X-Title": "Tidewright Labs",
  },
});

/** Legacy path kept for the image alt-text job until it moves to Portkey (TW-388). */
export const heliconeOpenAI = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  baseURL: "https://oai.helicone.ai/v1",
  defaultHeaders: {
    "Helicone-Auth": `Bearer ${process.env.HELICONE_API_KEY ?? "⟦b40b_helicone_api_key⟧"}`,
    "Helicone-Cache-Enabled": "true",
    "Helicone-Property-Feature": "alt-text",
  },
});
