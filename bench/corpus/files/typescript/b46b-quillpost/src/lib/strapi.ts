/**
 * Tiny typed client for the field-notes Strapi (REST, v4 response shape).
 * Used by the Next.js site at build time and by the newsletter worker.
 */
import qs from "qs";

const STRAPI_URL = process.env.STRAPI_URL ?? "https://cms.quillpost.co";
// read-only API token ("Settings > API Tokens > site-build"); env var wins when set
const STRAPI_TOKEN = process.env.STRAPI_API_TOKEN ?? "⟦b43c_strapi_api_token⟧";

export interface StrapiEntity<T> {
  id: number;
  attributes: T;
}

export interface FieldNote {
  title: string;
  slug: string;
  body: string;
  publishedAt: string;
  cover?: { data: StrapiEntity<{ url: string; alternativeText: string | null }> | null };
}

export async function strapiGet<T>(path: string, query: Record<string, unknown> = {}): Promise<T> {
  const url = `${STRAPI_URL}/api/${path}?${qs.stringify(query, { encodeValuesOnly: true })}`;
  const res = await fetch(url, {
    headers: { Authorization: `Bearer ${STRAPI_TOKEN}` },
    next: { revalidate: 300, tags: ["field-notes"] },
  });
  if (!res.ok) {
    throw new Error(`Strapi ${res.status} for ${path}: ${await res.text()}`);
  }
  return (await res.json()) as T;
}

export async function latestFieldNotes(limit = 10) {
  const { data } = await strapiGet<{ data: StrapiEntity<FieldNote>[] }>("field-notes", {
    sort: ["publishedAt:desc"],
    pagination: { pageSize: limit },
    populate: { cover: { fields: ["url", "alternativeText"] } },
  });
  return data.map((d) => ({ id: d.id, ...d.attributes }));
}
