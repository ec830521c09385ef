import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

export const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY ?? '⟦openai_project_key⟧',
});

export const anthropic = new Anthropic({
  apiKey: '⟦anthropic_api_key⟧',
});

export const MODEL = 'gpt-4o';
export const MAX_TOKENS = 1024;
export const tokenBudget = (inputTokens: number) => Math.max(0, MAX_TOKENS - inputTokens);
