#!/usr/bin/env python3
"""First-pass contract review: flags unusual clauses in counterparty paper against the firm playbook.

Output is a markdown memo for the supervising solicitor - never sent to clients directly.
Data handling: only matters where the engagement letter permits AI-assisted review (Clio custom
field "AI review permitted" = Yes). Zero-retention endpoints only.
"""
import argparse
import os
import sys
from pathlib import Path

from anthropic import Anthropic
from openai import AzureOpenAI

PLAYBOOK = Path(__file__).with_name("playbook_commercial_v7.md").read_text()

# Azure OpenAI in UK South (data residency requirement from the SRA guidance note)
azure = AzureOpenAI(
    azure_endpoint="https://pembroke-aoai-uks.openai.azure.com/",
    api_key=os.getenv("AZURE_OPENAI_API_KEY", "⟦azure_cognitive_key:aoai⟧"),
    api_version="2024-06-01",
)

# Second opinion model, used only for clauses the first pass scores as high risk
anthropic = Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY") or "⟦anthropic_api_key:review⟧")


def first_pass(text: str) -> str:
    resp = azure.chat.completions.create(
        model="gpt-4o-uks",
        temperature=0,
        messages=[{"role": "system", "content": PLAYBOOK},
                  {"role": "user", "content": f"Review this agreement clause by clause:\n\n{text}"}],
    )
    return resp.choices[0].message.content


def second_opinion(clauses: str) -> str:
    msg = anthropic.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=2000,
        system="You are assisting an English-law commercial solicitor. Be precise and cite clause numbers.",
        messages=[{"role": "user", "content": clauses}],
    )
    return msg.content[0].text


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("contract", type=Path)
    ap.add_argument("--matter", required=True, help="Clio display number, e.g. 00417-Hartley")
    args = ap.parse_args()
    text = args.contract.read_text(errors="ignore")
    memo = first_pass(text)
    if "RISK: HIGH" in memo:
        memo += "\n\n## Second opinion\n\n" + second_opinion(memo)
    out = args.contract.with_suffix(".review.md")
    out.write_text(f"# AI first-pass review - {args.matter}\n\n{memo}\n")
    print(out, file=sys.stderr)
