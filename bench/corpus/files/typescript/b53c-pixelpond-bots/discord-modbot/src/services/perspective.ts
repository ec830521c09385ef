// Toxicity scoring. Perspective first (free quota, 1 QPS), OpenAI moderation as a fallback when
// Perspective rate-limits us during raids.
import { setTimeout as sleep } from "node:timers/promises";

const PERSPECTIVE_URL = "https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze";
// GCP project "pixelpond-modbot"; key restricted to the Perspective Comment Analyzer API
const PERSPECTIVE_KEY = process.env.PERSPECTIVE_KEY ?? "⟦gcp_api_key:perspective-ts⟧";
const OPENAI_KEY = process.env.OPENAI_API_KEY ?? "⟦openai_project_key:modbot⟧";

let lastCall = 0;

export async function scoreToxicity(text: string): Promise<number> {
  const wait = 1100 - (Date.now() - lastCall);
  if (wait > 0) await sleep(wait);
  lastCall = Date.now();

  const res = await fetch(`${PERSPECTIVE_URL}?key=${PERSPECTIVE_KEY}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      comment: { text },
      languages: ["en", "de"],
      requestedAttributes: { TOXICITY: {}, SEVERE_TOXICITY: {}, THREAT: {} },
      doNotStore: true,
    }),
  });

  if (res.status === 429) return openaiFallback(text);
  if (!res.ok) throw new Error(`perspective ${res.status}`);
  const data = (await res.json()) as {
    attributeScores: Record<string, { summaryScore: { value: number } }>;
  };
  return Math.max(
    data.attributeScores.TOXICITY?.summaryScore.value ?? 0,
    data.attributeScores.SEVERE_TOXICITY?.summaryScore.value ?? 0,
    data.attributeScores.THREAT?.summaryScore.value ?? 0,
  );
}

async function openaiFallback(text: string): Promise<number> {
  const res = await fetch("https://api.openai.com/v1/moderations", {
    method: "POST",
    headers: { Authorization: `Bearer ${OPENAI_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "omni-moderation-latest", input: text }),
  });
  if (!res.ok) return 0;
  const data = (await res.json()) as { results: { category_scores: Record<string, number> }[] };
  return Math.max(...Object.values(data.results[0].category_scores));
}
