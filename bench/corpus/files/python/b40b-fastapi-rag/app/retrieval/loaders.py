"""Document loaders for the ingestion pipeline.

* PDFs and slide decks go through LlamaParse (LlamaCloud) because pypdf mangles tables.
* Public web pages are crawled with Firecrawl and cleaned to markdown.
* Everything is chunked and then embedded by app.retrieval.embed.

Run a one-off ingest with:  python -m app.retrieval.loaders ./inbox
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx
from firecrawl import FirecrawlApp
from llama_parse import LlamaParse

log = logging.getLogger(__name__)

# TODO(sam): read these from Settings like everything else. Hard-coded for the hackathon demo.
LLAMA_CLOUD_API_KEY = os.getenv("LLAMA_CLOUD_API_KEY", "⟦b40b_llamacloud_api_key⟧")
FIRECRAWL_API_KEY = os.getenv("FIRECRAWL_API_KEY", "⟦b40b_firecrawl_api_key⟧")

# Jina reader is used as a fallback when Firecrawl rate-limits us (free tier: 10 req/min).
JINA_READER = "https://r.jina.ai/"
JINA_HEADERS = {
    "Authorization": "Bearer ⟦b40b_jina_api_key⟧",
    "X-Return-Format": "markdown",
}

SUPPORTED_SUFFIXES = {".pdf", ".pptx", ".docx", ".md", ".txt"}


@dataclass
class Document:
    source: str
    text: str
    checksum: str
    metadata: dict


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_files(paths: list[Path]) -> list[Document]:
    parser = LlamaParse(api_key=LLAMA_CLOUD_API_KEY, result_type="markdown", num_workers=4, language="en")
    docs: list[Document] = []
    for path in paths:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            log.debug("skipping %s", path)
            continue
        if path.suffix.lower() in {".md", ".txt"}:
            text = path.read_text(encoding="utf-8")
        else:
            pages = parser.load_data(str(path))
            text = "\n\n".join(p.text for p in pages)
        docs.append(Document(source=str(path), text=text, checksum=_checksum(text), metadata={"kind": "file"}))
    return docs


def crawl_site(url: str, limit: int = 50) -> list[Document]:
    app = FirecrawlApp(api_key=FIRECRAWL_API_KEY)
    try:
        result = app.crawl_url(url, params={"limit": limit, "scrapeOptions": {"formats": ["markdown"]}})
        pages = result.get("data", [])
    except Exception as exc:  # noqa: BLE001
        log.warning("firecrawl failed for %s (%s); falling back to jina reader", url, exc)
        pages = [{"markdown": _jina_read(url), "metadata": {"sourceURL": url}}]
    return [
        Document(
            source=p.get("metadata", {}).get("sourceURL", url),
            text=p.get("markdown", ""),
            checksum=_checksum(p.get("markdown", "")),
            metadata={"kind": "web"},
        )
        for p in pages
        if p.get("markdown")
    ]


def _jina_read(url: str) -> str:
    resp = httpx.get(JINA_READER + url, headers=JINA_HEADERS, timeout=60)
    resp.raise_for_status()
    return resp.text


async def main(inbox: Path) -> None:
    files = sorted(p for p in inbox.rglob("*") if p.is_file())
    docs = await asyncio.to_thread(parse_files, files)
    log.info("parsed %d documents from %s", len(docs), inbox)
    for d in docs:
        print(f"{d.checksum[:12]}  {len(d.text):>8}  {d.source}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(Path(sys.argv[1] if len(sys.argv) > 1 else "./inbox")))
