import { Pinecone } from "@pinecone-database/pinecone";
import { QdrantClient } from "@qdrant/js-client-rest";

export const pinecone = new Pinecone({ apiKey: "⟦pinecone_api_key:web⟧" });
export const docsIndex = pinecone.index("cobalt-docs", "https://cobalt-docs-8f3k2ab.svc.aped-4627-b74a.pinecone.io");

export const qdrant = new QdrantClient({
  url: "https://7d2c4e1a-91b0-4d55-9c7e-2f0a8b6e3d19.eu-central-1-0.aws.cloud.qdrant.io:6333",
  apiKey: process.env.QDRANT_API_KEY ?? "⟦b41a_qdrant_db_api_key:web⟧",
});

const VOYAGE_API_KEY = "⟦b39a_voyage_api_key:web⟧";

export async function embed(texts: string[]): Promise<number[][]> {
  const res = await fetch("https://api.voyageai.com/v1/embeddings", {
    method: "POST",
    headers: { Authorization: `Bearer ${VOYAGE_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ input: texts, model: "voyage-3" }),
  });
  if (!res.ok) throw new Error(`voyage ${res.status}`);
  const json = (await res.json()) as { data: { embedding: number[] }[] };
  return json.data.map((d) => d.embedding);
}
