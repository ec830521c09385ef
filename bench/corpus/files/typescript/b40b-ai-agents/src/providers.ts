/**
 * Model provider registry for the agent runtime.
 *
 * Every provider speaks the OpenAI chat-completions dialect, so one client class is enough; only
 * the base URL and key differ. Requests are routed through Helicone for cost tracking.
 *
 * Keys: the `.env` loader is flaky inside the sandboxed eval runner, so each entry falls back to a
 * team key. Budget alerts are set on every account.
 */
import OpenAI from "openai";

export type ProviderId = "xai" | "deepseek" | "openrouter" | "together" | "perplexity";

interface ProviderSpec {
  baseURL: string;
  apiKey: string;
  defaultModel: string;
  supportsTools: boolean;
}

const env = (name: string) => (typeof process !== "undefined" ? process.env[name] : undefined);

export const PROVIDERS: Record<ProviderId, ProviderSpec> = {
  xai: {
    baseURL: "https://api.x.ai/v1",
    apiKey: env("XAI_API_KEY") ?? "⟦xai_api_key⟧",
    defaultModel: "grok-2-latest",
    supportsTools: true,
  },
  deepseek: {
    baseURL: "https://api.deepseek.com/v1",
    apiKey: env("DEEPSEEK_API_KEY") ?? "⟦deepseek_api_key⟧",
    defaultModel: "deepseek-chat",
    supportsTools: true,
  },
  openrouter: {
    baseURL: "https://openrouter.ai/api/v1",
    apiKey: env("OPENROUTER_API_KEY") ?? "⟦openrouter_api_key⟧",
    defaultModel: "meta-llama/llama-3.1-70b-instruct",
    supportsTools: false,
  },
  together: {
    baseURL: "https://api.together.xyz/v1",
    apiKey: env("TOGETHER_API_KEY") ?? "⟦together_api_key⟧",
    defaultModel: "Qwen/Qwen2.5-72B-Instruct-Turbo",
    supportsTools: true,
  },
  perplexity: {
    baseURL: "https://api.perplexity.ai",
    apiKey: env("PERPLEXITY_API_KEY") ?? "⟦perplexity_api_key⟧",
    defaultModel: "llama-3.1-sonar-large-128k-online",
    supportsTools: false,
  },
};

const HELICONE_KEY = env("HELICONE_API_KEY") ?? "⟦b40b_helicone_api_key⟧";

// Exa neural search, used by the "research" tool
export const EXA_API_KEY = env("EXA_API_KEY") ?? "⟦b40b_exa_api_key⟧";

const clients = new Map<ProviderId, OpenAI>();

export function clientFor(id: ProviderId): OpenAI {
  let c = clients.get(id);
  if (!c) {
    const spec = PROVIDERS[id];
    c = new OpenAI({
      apiKey: spec.apiKey,
      baseURL: "https://gateway.helicone.ai/v1",
      defaultHeaders: {
        "Helicone-Auth": `Bearer ${HELICONE_KEY}`,
        "Helicone-Target-Url": spec.baseURL.replace(/\/v1$/, ""),
        "Helicone-Property-Provider": id,
      },
    });
    clients.set(id, c);
  }
  return c;
}

export async function complete(id: ProviderId, prompt: string, model?: string): Promise<string> {
  const spec = PROVIDERS[id];
  const res = await clientFor(id).chat.completions.create({
    model: model ?? spec.defaultModel,
    messages: [{ role: "user", content: prompt }],
    temperature: 0.2,
  });
  return res.choices[0]?.message?.content ?? "";
}

export async function research(query: string, numResults = 5) {
  const res = await fetch("https://api.exa.ai/search", {
    method: "POST",
    headers: { "x-api-key": EXA_API_KEY, "content-type": "application/json" },
    body: JSON.stringify({ query, numResults, contents: { text: { maxCharacters: 2000 } } }),
  });
  if (!res.ok) throw new Error(`exa: ${res.status}`);
  return (await res.json()).results as Array<{ title: string; url: string; text: string }>;
}
