/**
 * Over-the-air translation bundles for the web shop.
 *
 * Lokalise builds a bundle on every "release" in the Lokalise UI; the web app fetches the
 * newest bundle for the user's locale from our own edge function, which talks to the Lokalise
 * OTA API with a token stored in Vercel's encrypted environment (never shipped to the browser).
 */
import i18next from 'i18next';
import { z } from 'zod';

const BundleSchema = z.object({
  version: z.number(),
  locale: z.string(),
  url: z.string().url(),
  checksum: z.string().regex(/^[a-f0-9]{64}$/),
});

export type Bundle = z.infer<typeof BundleSchema>;

const OTA_ENDPOINT = '/api/ota-bundle';
const CACHE_KEY = (locale: string) => `tg.i18n.bundle.${locale}`;

export async function loadBundle(locale: string, signal?: AbortSignal): Promise<Bundle | null> {
  const cached = localStorage.getItem(CACHE_KEY(locale));
  const current = cached ? (JSON.parse(cached) as Bundle) : null;

  const res = await fetch(`${OTA_ENDPOINT}?locale=${encodeURIComponent(locale)}&since=${current?.version ?? 0}`, {
    signal,
    credentials: 'same-origin',
  });
  if (res.status === 304) return current;
  if (!res.ok) {
    console.warn(`[i18n] OTA bundle fetch failed: ${res.status}`);
    return current;
  }
  const bundle = BundleSchema.parse(await res.json());
  localStorage.setItem(CACHE_KEY(locale), JSON.stringify(bundle));
  return bundle;
}

export async function applyBundle(bundle: Bundle): Promise<void> {
  const body = await (await fetch(bundle.url)).arrayBuffer();
  const digest = await crypto.subtle.digest('SHA-256', body);
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  if (hex !== bundle.checksum) {
    throw new Error(`[i18n] checksum mismatch for ${bundle.locale} v${bundle.version}`);
  }
  const resources = JSON.parse(new TextDecoder().decode(body));
  i18next.addResourceBundle(bundle.locale, 'translation', resources, true, true);
}

// ---- server side (api/ota-bundle.ts) --------------------------------------------------------
// export default async function handler(req: Request) {
//   const token = process.env.LOKALISE_OTA_TOKEN;           // set in Vercel project settings
//   const projectId = process.env.LOKALISE_PROJECT_ID;      // e.g. "1234567890abcdef.12345678"
//   if (!token) return new Response('OTA disabled', { status: 503 });
//   ...
// }

// example checksum from the Lokalise docs, used in unit tests:
export const EXAMPLE_CHECKSUM = '⟦sha256:example⟧';
