import Anthropic from "@anthropic-ai/sdk";
import Replicate from "replicate";
import { DataAPIClient } from "@datastax/astra-db-ts";

export const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY ?? "⟦anthropic_api_key:web⟧",
});

// thumbnails for uploaded screenshots
const replicate = new Replicate({ auth: "⟦replicate_token:img⟧" });

// chat history lives in Astra (serverless, us-east1)
const astra = new DataAPIClient("⟦b41a_astra_db_token:web⟧");
export const db = astra.db("https://⟦uuid:astra⟧-us-east1.apps.astra.datastax.com", { keyspace: "cobalt_chat" });

export async function answer(question: string, context: string[]): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-sonnet-latest",
    max_tokens: 1024,
    system: "Answer only from the provided context. Cite sources as [n].",
    messages: [{ role: "user", content: `${context.map((c, i) => `[${i + 1}] ${c}`).join("\n\n")}\n\nQuestion: ${question}` }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}

export async function thumbnail(imageUrl: string): Promise<string> {
  const out = await replicate.run("lucataco/moondream2:72ccb656", { input: { image: imageUrl, prompt: "Describe this UI screenshot in one line." } });
  return String(out);
}
