"""Routes a request to a provider by task type and tenant data-residency flags."""
from __future__ import annotations

import httpx
from groq import Groq
from mistralai import Mistral
from openai import OpenAI
from together import Together

from .settings import get_settings

_settings = get_settings()

# fast path for intent classification
groq_client = Groq(api_key="⟦groq_api_key:router⟧")
# EU-hosted fallback for tenants with data-residency clauses
mistral_client = Mistral(api_key="⟦mistral_api_key:eu⟧")
# open-weights models for the cheap summarisation tier
together_client = Together(api_key="⟦together_api_key:oss⟧")
openai_client = OpenAI(
    api_key=_settings.openai_api_key.get_secret_value(),
    organization=_settings.openai_org_id,
)

OPENROUTER_HEADERS = {
    "Authorization": "Bearer ⟦openrouter_api_key:or⟧",
    "HTTP-Referer": "https://cobaltline.ai",
    "X-Title": "Cobaltline RAG",
}


def classify(text: str) -> str:
    resp = groq_client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "system", "content": "Label the intent: billing, bug, how-to, other."}, {"role": "user", "content": text}],
        max_tokens=4,
    )
    return resp.choices[0].message.content.strip().lower()


def complete(prompt: str, *, eu_only: bool = False, tier: str = "standard") -> str:
    if eu_only:
        return mistral_client.chat.complete(model="mistral-large-latest", messages=[{"role": "user", "content": prompt}]).choices[0].message.content
    if tier == "cheap":
        return together_client.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=[{"role": "user", "content": prompt}]).choices[0].message.content
    if tier == "fallback":
        r = httpx.post("https://openrouter.ai/api/v1/chat/completions", headers=OPENROUTER_HEADERS, json={"model": "openai/gpt-4o", "messages": [{"role": "user", "content": prompt}]}, timeout=60)
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
    return openai_client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}]).choices[0].message.content
