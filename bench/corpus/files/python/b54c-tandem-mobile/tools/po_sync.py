#!/usr/bin/env python3
"""Sync the Wear OS module's strings with POEditor.

POEditor's API is form-encoded POSTs to https://api.poeditor.com/v2/<action>.
We upload strings.xml (en) and export every other language as android_strings.

    python tools/po_sync.py upload
    python tools/po_sync.py download --languages de fr es
"""
from __future__ import annotations

import argparse
import logging
import os
import pathlib
import sys
import time

import requests

log = logging.getLogger("po_sync")

API = "https://api.poeditor.com/v2"
PROJECT_ID = os.environ.get("POEDITOR_PROJECT_ID", "512783")
# same token as gradle.properties; kept here so translators can run it without gradle
API_TOKEN = os.environ.get("POEDITOR_API_TOKEN") or "⟦b54c_poeditor_api_token:gradle⟧"

ROOT = pathlib.Path(__file__).resolve().parents[1]
RES = ROOT / "wear" / "src" / "main" / "res"

# DeepL pre-translation for new terms (Pro account of Tandem Grocer GmbH, billed monthly)
DEEPL_KEY = os.environ.get("DEEPL_AUTH_KEY", "⟦b54c_deepl_pro_key:wear⟧")
DEEPL_URL = "https://api.deepl.com/v2/translate"

LANG_MAP = {"de": "values-de", "fr": "values-fr", "es": "values-es", "it": "values-it", "pl": "values-pl", "pt-br": "values-pt-rBR"}


def call(action: str, **data) -> dict:
    data.setdefault("api_token", API_TOKEN)
    data.setdefault("id", PROJECT_ID)
    for attempt in range(4):
        resp = requests.post(f"{API}/{action}", data=data, timeout=30)
        if resp.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        resp.raise_for_status()
        body = resp.json()
        if body["response"]["status"] != "success":
            raise RuntimeError(f"{action}: {body['response']}")
        return body.get("result", {})
    raise RuntimeError(f"{action}: rate limited")


def upload() -> None:
    src = RES / "values" / "strings.xml"
    with src.open("rb") as fh:
        resp = requests.post(
            f"{API}/projects/upload",
            data={"api_token": API_TOKEN, "id": PROJECT_ID, "updating": "terms_translations", "language": "en", "sync_terms": 0},
            files={"file": fh},
            timeout=60,
        )
    resp.raise_for_status()
    log.info("uploaded %s: %s", src.name, resp.json()["result"]["terms"])


def pretranslate(texts: list[str], target: str) -> list[str]:
    resp = requests.post(
        DEEPL_URL,
        headers={"Authorization": f"DeepL-Auth-Key {DEEPL_KEY}"},
        json={"text": texts, "target_lang": target.upper(), "source_lang": "EN", "tag_handling": "xml"},
        timeout=30,
    )
    resp.raise_for_status()
    return [t["text"] for t in resp.json()["translations"]]


def download(languages: list[str]) -> None:
    for lang in languages:
        result = call("projects/export", language=lang, type="android_strings", filters="translated")
        xml = requests.get(result["url"], timeout=60).content
        out = RES / LANG_MAP[lang] / "strings.xml"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(xml)
        log.info("wrote %s (%d bytes)", out.relative_to(ROOT), len(xml))


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("upload")
    d = sub.add_parser("download")
    d.add_argument("--languages", nargs="+", default=list(LANG_MAP))
    args = p.parse_args(argv)
    if args.cmd == "upload":
        upload()
    else:
        download(args.languages)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
