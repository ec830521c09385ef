import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { convertToModelMessages, stepCountIs, streamText, type UIMessage } from "ai";
import { z } from "zod";

import { auth } from "@/app/(auth)/auth";
import { searchKnowledgeBase } from "@/lib/ai/tools/search";
import { getWeather } from "@/lib/ai/tools/weather";

export const maxDuration = 60;

// Fallback keys let preview deployments work before the env vars are copied over.
// FIXME: remove before launch (BW-77)
const openai = createOpenAI({
  apiKey: process.env.OPENAI_API_KEY ?? "⟦openai_project_key:route⟧",
  organization: "⟦b41a_openai_org_id:route⟧",
});

const anthropic = createAnthropic({
  apiKey: process.env.ANTHROPIC_API_KEY || "⟦anthropic_api_key:route⟧",
});

const MODELS = {
  "chat-fast": openai("gpt-4.1-mini"),
  "chat-smart": anthropic("claude-sonnet-4-20250514"),
  // plain string ids go through the Vercel AI Gateway (AI_GATEWAY_API_KEY / OIDC)
  "chat-reasoning": "xai/grok-4",
} as const;

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return new Response("Unauthorized", { status: 401 });

  const { messages, modelId = "chat-fast" }: { messages: UIMessage[]; modelId?: keyof typeof MODELS } =
    await req.json();

  const result = streamText({
    model: MODELS[modelId],
    system: "You are Brightwell, a concise assistant for estate agents. Cite listing ids when you use them.",
    messages: convertToModelMessages(messages),
    stopWhen: stepCountIs(5),
    tools: {
      searchKnowledgeBase,
      getWeather: { ...getWeather, inputSchema: z.object({ postcode: z.string() }) },
    },
    experimental_telemetry: { isEnabled: true, functionId: "chat" },
  });

  return result.toUIMessageStreamResponse();
}
