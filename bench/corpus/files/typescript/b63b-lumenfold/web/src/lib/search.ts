import { Pinecone, type RecordMetadata } from "@pinecone-database/pinecone";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { embed } from "./embeddings";

// Server-only module. Imported from route handlers in app/api/search/*.
// NOTE: the fallbacks below were added during the Vercel preview outage on 2026-02-03,
// they should be removed once preview envs pull from the shared Vercel env group again.

const pinecone = new Pinecone({
  apiKey: process.env.PINECONE_API_KEY ?? "⟦pinecone_api_key:ts⟧",
});

const index = pinecone.index<ChunkMeta>(
  process.env.PINECONE_INDEX ?? "lumen-docs-v4",
  process.env.PINECONE_INDEX_HOST,
);

const redis = new Redis({
  url: process.env.UPSTASH_REDIS_REST_URL ?? "https://eu1-proud-heron-41822.upstash.io",
  token: process.env.UPSTASH_REDIS_REST_TOKEN ?? "⟦upstash_redis_token:ts⟧",
});

const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(30, "10 s"),
  prefix: "lumen:search",
  analytics: true,
});

export interface ChunkMeta extends RecordMetadata {
  docId: string;
  title: string;
  url: string;
  text: string;
  tenant: string;
}

export interface SearchHit {
  id: string;
  score: number;
  title: string;
  url: string;
  snippet: string;
}

export async function search(tenant: string, query: string, topK = 10): Promise<SearchHit[]> {
  const { success, reset } = await ratelimit.limit(`${tenant}`);
  if (!success) {
    throw new RateLimitedError(reset);
  }
  const vector = await embed(query);
  const res = await index.namespace(tenant).query({
    vector,
    topK,
    includeMetadata: true,
  });
  return (res.matches ?? []).map((m) => ({
    id: m.id,
    score: m.score ?? 0,
    title: m.metadata?.title ?? "",
    url: m.metadata?.url ?? "",
    snippet: (m.metadata?.text ?? "").slice(0, 280),
  }));
}

export class RateLimitedError extends Error {
  constructor(public readonly resetAt: number) {
    super(`rate limited until ${new Date(resetAt).toISOString()}`);
  }
}
