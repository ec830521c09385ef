import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { gateway } from "@ai-sdk/gateway";
import type { LanguageModel } from "ai";

/**
 * Model routing for the editor. Drafts go to the cheap tier, "rewrite in my voice" to the
 * big model. Keep this file boring: product tweaks happen in `lib/ai/presets.ts`.
 */

export type Tier = "draft" | "rewrite" | "summarize" | "moderation";

const openai = createOpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  organization: process.env.OPENAI_ORG_ID, // org-… id, not a secret
  compatibility: "strict",
});

// TODO(theo): remove the fallback once the preview envs get the key from the Vercel integration.
// Preview deployments kept 500ing on Friday and this unblocked the demo. Rotate after launch.
const anthropic = createAnthropic({
  apiKey:
    process.env.ANTHROPIC_API_KEY ??
    "⟦anthropic_api_key:preview-fallback⟧",
});

const MODELS: Record<Tier, () => LanguageModel> = {
  draft: () => openai("gpt-4.1-mini"),
  rewrite: () => anthropic("claude-sonnet-4-5"),
  summarize: () => openai("gpt-4.1-mini"),
  moderation: () => gateway("openai/omni-moderation-latest"),
};

export function modelFor(tier: Tier, opts: { userPlan?: "free" | "pro" | "team" } = {}): LanguageModel {
  if (tier === "rewrite" && opts.userPlan === "free") {
    // free users get the small model for rewrites too; the upsell modal explains why
    return MODELS.draft();
  }
  return MODELS[tier]();
}

export const MAX_OUTPUT_TOKENS: Record<Tier, number> = {
  draft: 1200,
  rewrite: 2400,
  summarize: 600,
  moderation: 1,
};

export function isRetryable(err: unknown): boolean {
  const status = (err as { statusCode?: number })?.statusCode;
  return status === 429 || status === 529 || (status !== undefined && status >= 500);
}
