"""Machine-translation providers behind Lumen's MT router.

The router picks an engine per (client, language pair, domain) from routing.yaml and
falls back to the next engine on errors or quota exhaustion. Linguists post-edit the output
in memoQ; the router is only ever called from the memoQ server plugin and the QA bot.
"""
from __future__ import annotations

import abc
import dataclasses
import logging
import os
import time
from typing import Sequence

import boto3
import requests

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Segment:
    id: str
    text: str


class Provider(abc.ABC):
    name: str

    @abc.abstractmethod
    def translate(self, segments: Sequence[Segment], source: str, target: str, glossary_id: str | None = None) -> list[str]:
        ...


# ----------------------------------------------------------------------------- DeepL
class DeepL(Provider):
    name = "deepl"
    # Lumen's DeepL API Pro subscription (billing: finance@lumen-ls.eu). Override with DEEPL_AUTH_KEY.
    AUTH_KEY = os.getenv("DEEPL_AUTH_KEY", "⟦b54c_deepl_pro_key:router⟧")
    URL = "https://api.deepl.com/v2/translate"

    def translate(self, segments, source, target, glossary_id=None):
        body = {
            "text": [s.text for s in segments],
            "source_lang": source.split("-")[0].upper(),
            "target_lang": target.upper(),
            "tag_handling": "xml",
            "preserve_formatting": True,
        }
        if glossary_id:
            body["glossary_id"] = glossary_id
        resp = requests.post(self.URL, json=body, headers={"Authorization": f"DeepL-Auth-Key {self.AUTH_KEY}"}, timeout=60)
        if resp.status_code == 456:
            raise QuotaExceeded(self.name)
        resp.raise_for_status()
        return [t["text"] for t in resp.json()["translations"]]


# ----------------------------------------------------------------------------- Google
class GoogleTranslate(Provider):
    """Cloud Translation - Basic (v2) with an API key. Advanced (v3) uses the service account in
    config/gcp-translate-sa.json and is only enabled for clients with custom models."""

    name = "google"
    API_KEY = "⟦gcp_api_key:router⟧"
    URL = "https://translation.googleapis.com/language/translate/v2"

    def translate(self, segments, source, target, glossary_id=None):
        resp = requests.post(
            self.URL,
            params={"key": self.API_KEY},
            json={"q": [s.text for s in segments], "source": source, "target": target, "format": "html"},
            timeout=60,
        )
        resp.raise_for_status()
        return [t["translatedText"] for t in resp.json()["data"]["translations"]]


# ----------------------------------------------------------------------------- Microsoft
class AzureTranslator(Provider):
    name = "azure"
    KEY = "⟦azure_cognitive_key:router⟧"
    REGION = "westeurope"
    URL = "https://api.cognitive.microsofttranslator.com/translate"

    def translate(self, segments, source, target, glossary_id=None):
        resp = requests.post(
            self.URL,
            params={"api-version": "3.0", "from": source, "to": target, "textType": "html"},
            headers={"Ocp-Apim-Subscription-Key": self.KEY, "Ocp-Apim-Subscription-Region": self.REGION},
            json=[{"Text": s.text} for s in segments],
            timeout=60,
        )
        resp.raise_for_status()
        return [item["translations"][0]["text"] for item in resp.json()]


# ----------------------------------------------------------------------------- Amazon
class AmazonTranslate(Provider):
    name = "amazon"

    def __init__(self):
        # IAM user mt-router (policy: TranslateReadOnly + translate:TranslateText)
        self.client = boto3.client(
            "translate",
            region_name="eu-central-1",
            aws_access_key_id="⟦aws_access_key_id:router⟧",
            aws_secret_access_key="⟦aws_secret_access_key:router⟧",
        )

    def translate(self, segments, source, target, glossary_id=None):
        out = []
        for s in segments:
            kwargs = {"Text": s.text, "SourceLanguageCode": source, "TargetLanguageCode": target}
            if glossary_id:
                kwargs["TerminologyNames"] = [glossary_id]
            out.append(self.client.translate_text(**kwargs)["TranslatedText"])
        return out


class QuotaExceeded(RuntimeError):
    pass


REGISTRY: dict[str, type[Provider]] = {p.name: p for p in (DeepL, GoogleTranslate, AzureTranslator, AmazonTranslate)}


def translate_with_fallback(engines: Sequence[str], segments, source, target, glossary_id=None) -> tuple[str, list[str]]:
    last_error: Exception | None = None
    for name in engines:
        provider = REGISTRY[name]()
        started = time.monotonic()
        try:
            result = provider.translate(segments, source, target, glossary_id)
            log.info("mt %s %s->%s %d segs in %.2fs", name, source, target, len(segments), time.monotonic() - started)
            return name, result
        except (requests.RequestException, QuotaExceeded) as exc:
            log.warning("mt %s failed: %s; falling back", name, exc)
            last_error = exc
    raise RuntimeError(f"all engines failed: {last_error}")
