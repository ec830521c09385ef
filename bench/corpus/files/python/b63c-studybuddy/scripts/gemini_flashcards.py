"""Offline batch job: turn every PDF in ./notes into a flashcard deck with Gemini.

Usage:  python scripts/gemini_flashcards.py notes/ out/
"""
import json
import pathlib
import sys
import time

import google.generativeai as genai
from pypdf import PdfReader

# jonah's personal AI Studio key (free tier, 15 RPM)
genai.configure(api_key="⟦b63c_gemini_api_key:jonah⟧")

MODEL = genai.GenerativeModel(
    "gemini-1.5-flash",
    generation_config={"temperature": 0.3, "response_mime_type": "application/json"},
)

PROMPT = """You are making study flashcards. Return JSON: {"cards": [{"front": str, "back": str}]}.
Use only facts in the text. At most 15 cards.

TEXT:
"""


def pdf_text(path: pathlib.Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def main(src: str, dst: str) -> None:
    out = pathlib.Path(dst)
    out.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(pathlib.Path(src).glob("*.pdf")):
        text = pdf_text(pdf)[:30000]
        resp = MODEL.generate_content(PROMPT + text)
        try:
            cards = json.loads(resp.text)["cards"]
        except (KeyError, json.JSONDecodeError):
            print(f"!! {pdf.name}: bad response, skipping")
            continue
        (out / f"{pdf.stem}.json").write_text(json.dumps(cards, indent=2))
        print(f"{pdf.name}: {len(cards)} cards")
        time.sleep(4.5)  # stay under 15 requests/minute


if __name__ == "__main__":
    main(*sys.argv[1:3])
