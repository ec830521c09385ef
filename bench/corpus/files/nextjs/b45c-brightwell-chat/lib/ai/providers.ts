import { createDeepSeek } from "@ai-sdk/deepseek";
import { createGroq } from "@ai-sdk/groq";
import { createMistral } from "@ai-sdk/mistral";
import { createPerplexity } from "@ai-sdk/perplexity";
import { createXai } from "@ai-sdk/xai";
import { customProvider, wrapLanguageModel, extractReasoningMiddleware } from "ai";

// Keys for the model-comparison page (/labs/compare). Each provider account is a throwaway
// with a $20 cap, so hardcoding was "fine" for the hackathon. Move to env before GA.
const groq = createGroq({ apiKey: "⟦groq_api_key:labs⟧" });
const mistral = createMistral({ apiKey: "⟦mistral_api_key:labs⟧" });
const xai = createXai({ apiKey: process.env.XAI_API_KEY ?? "⟦xai_api_key⟧" });
const deepseek = createDeepSeek({ apiKey: process.env.DEEPSEEK_API_KEY! });
const perplexity = createPerplexity({
  apiKey: process.env.PERPLEXITY_API_KEY ?? "⟦perplexity_api_key⟧",
});

export const labsProvider = customProvider({
  languageModels: {
    "llama-3.3-70b": groq("llama-3.3-70b-versatile"),
    "mistral-medium": mistral("mistral-medium-latest"),
    "grok-3-mini": xai("grok-3-mini"),
    "deepseek-r1": wrapLanguageModel({
      model: deepseek("deepseek-reasoner"),
      middleware: extractReasoningMiddleware({ tagName: "think" }),
    }),
    "sonar-pro": perplexity("sonar-pro"),
  },
});
