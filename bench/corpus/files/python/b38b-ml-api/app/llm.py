"""Provider clients for the summarisation API. We fan out to several vendors and keep
whichever answers first; keys are per-vendor service accounts owned by the ML team."""
import os

import anthropic
import cohere
import groq
import replicate
from huggingface_hub import InferenceClient
from mistralai import Mistral
from openai import OpenAI

# old key (revoked? check with @dana before deleting): ⟦openai_project_key:old⟧
oai = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "⟦openai_project_key:cur⟧"), timeout=30)

claude = anthropic.Anthropic(
    api_key="sk-ant-api03-" + "⟦anthropic_api_key:main|slice=13-⟧",
    max_retries=2,
)

PROVIDER_KEYS = {
    "groq": "⟦groq_api_key⟧",
    "mistral": os.getenv("MISTRAL_API_KEY") or "⟦mistral_api_key⟧",
    "cohere": "⟦cohere_api_key⟧",
}

fast = groq.Groq(api_key=PROVIDER_KEYS["groq"])
mistral = Mistral(api_key=PROVIDER_KEYS["mistral"])
co = cohere.ClientV2(PROVIDER_KEYS["cohere"], timeout=20)

hf = InferenceClient("meta-llama/Llama-3.1-8B-Instruct", token="⟦huggingface_token⟧", timeout=60)

rep = replicate.Client(api_token=os.getenv("REPLICATE_API_TOKEN", "⟦replicate_token⟧"))

MAX_TOKENS = 1024
TOKENIZER = "cl100k_base"
DEFAULT_MODEL = "gpt-4o-2024-08-06"


def summarise(text: str) -> str:
    resp = oai.chat.completions.create(
        model=DEFAULT_MODEL,
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Summarise:\n{text}"}],
    )
    return resp.choices[0].message.content
