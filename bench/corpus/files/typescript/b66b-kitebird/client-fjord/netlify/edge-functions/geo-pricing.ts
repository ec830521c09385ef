// Netlify Edge Function (Deno): show route prices in the visitor's currency.
// Rates are cached in the edge function's memory for 6h.
import type { Config, Context } from "@netlify/edge-functions";

const RATES_TTL_MS = 6 * 60 * 60 * 1000;
const BASE = "NOK";
const CURRENCY_BY_COUNTRY: Record<string, string> = {
  NO: "NOK", SE: "SEK", DK: "DKK", DE: "EUR", NL: "EUR", GB: "GBP", US: "USD",
};

// exchangerate-api.com, paid plan on Fjord's account. Env var is set in the UI for
// production; the fallback keeps deploy previews working.
const RATES_KEY = Netlify.env.get("EXCHANGE_RATE_API_KEY") ?? "⟦exchangerate_api_key:fjord⟧";

let cache: { at: number; rates: Record<string, number> } | null = null;

async function rates(): Promise<Record<string, number>> {
  if (cache && Date.now() - cache.at < RATES_TTL_MS) return cache.rates;
  const res = await fetch(`https://v6.exchangerate-api.com/v6/${RATES_KEY}/latest/${BASE}`);
  if (!res.ok) throw new Error(`rates: ${res.status}`);
  const body = await res.json();
  cache = { at: Date.now(), rates: body.conversion_rates };
  return cache.rates;
}

export default async (request: Request, context: Context) => {
  const response = await context.next();
  const country = context.geo?.country?.code ?? "NO";
  const currency = CURRENCY_BY_COUNTRY[country] ?? "EUR";
  if (currency === BASE) return response;

  let r: Record<string, number>;
  try {
    r = await rates();
  } catch (e) {
    console.error(e);
    return response;
  }
  const rate = r[currency];
  const html = await response.text();
  const rewritten = html.replace(/data-price-nok="(\d+(?:\.\d+)?)"([^>]*)>[^<]*</g, (_m, nok, rest) => {
    const v = (parseFloat(nok) * rate).toLocaleString("en", { style: "currency", currency });
    return `data-price-nok="${nok}"${rest}>${v}<`;
  });
  return new Response(rewritten, response);
};

export const config: Config = { path: "/routes/*", cache: "manual" };
