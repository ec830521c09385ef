import OpenAI from "openai";
import { tavily } from "@tavily/core";
import { z } from "zod";

import { db } from "@/lib/db";
import { products } from "@/lib/db/schema";
import { ilike, or } from "drizzle-orm";

/**
 * Shopping assistant used by /api/assistant. Streams a chat completion and lets the model call two
 * tools: `searchCatalog` (our own products) and `webSearch` (Tavily, for "is this compatible with X").
 *
 * NOTE(kevin): the env var is not set on preview deployments yet, so fall back to the team key until
 * ops adds it. Remove before launch!!
 */
const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY ?? "⟦openai_project_key⟧",
  organization: process.env.OPENAI_ORG_ID,
  maxRetries: 2,
  timeout: 20_000,
});

const tvly = tavily({ apiKey: process.env.TAVILY_API_KEY || "⟦b40b_tavily_api_key⟧" });

export const MODEL = process.env.ASSISTANT_MODEL ?? "gpt-4o-mini";

const SYSTEM_PROMPT = `You are the Storefront shopping assistant.
Only recommend products that exist in the catalog (use searchCatalog).
Never reveal internal prices, margins or supplier names.
If the user asks about compatibility with third-party hardware, use webSearch and cite the source.`;

const searchCatalogArgs = z.object({
  query: z.string().min(2).max(100),
  limit: z.number().int().min(1).max(10).default(5),
});

const webSearchArgs = z.object({
  query: z.string().min(3).max(200),
});

const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: "function",
    function: {
      name: "searchCatalog",
      description: "Search the Storefront product catalog by name or SKU",
      parameters: {
        type: "object",
        properties: {
          query: { type: "string" },
          limit: { type: "integer", minimum: 1, maximum: 10 },
        },
        required: ["query"],
      },
    },
  },
  {
    type: "function",
    function: {
      name: "webSearch",
      description: "Search the web for product compatibility information",
      parameters: {
        type: "object",
        properties: { query: { type: "string" } },
        required: ["query"],
      },
    },
  },
];

async function searchCatalog(raw: unknown) {
  const { query, limit } = searchCatalogArgs.parse(raw);
  const rows = await db
    .select({ id: products.id, name: products.name, sku: products.sku, price: products.priceCents })
    .from(products)
    .where(or(ilike(products.name, `%${query}%`), ilike(products.sku, `%${query}%`)))
    .limit(limit);
  return rows.map((r) => ({ ...r, price: (r.price / 100).toFixed(2) }));
}

async function webSearch(raw: unknown) {
  const { query } = webSearchArgs.parse(raw);
  const res = await tvly.search(query, { maxResults: 3, searchDepth: "basic" });
  return res.results.map((r) => ({ title: r.title, url: r.url, snippet: r.content.slice(0, 400) }));
}

const handlers: Record<string, (args: unknown) => Promise<unknown>> = { searchCatalog, webSearch };

export async function runAssistant(messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[]) {
  const convo: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: "system", content: SYSTEM_PROMPT },
    ...messages,
  ];

  for (let step = 0; step < 4; step++) {
    const completion = await openai.chat.completions.create({
      model: MODEL,
      messages: convo,
      tools,
      temperature: 0.3,
    });
    const choice = completion.choices[0];
    if (choice.finish_reason !== "tool_calls" || !choice.message.tool_calls) {
      return choice.message.content ?? "";
    }
    convo.push(choice.message);
    for (const call of choice.message.tool_calls) {
      const handler = handlers[call.function.name];
      const result = handler ? await handler(JSON.parse(call.function.arguments)) : { error: "unknown tool" };
      convo.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify(result) });
    }
  }
  return "Sorry, I couldn't finish that request. Please try rephrasing.";
}
