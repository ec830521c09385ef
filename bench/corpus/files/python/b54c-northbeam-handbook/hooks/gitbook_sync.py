"""MkDocs hook: after build, mirror the customer-facing pages into GitBook and
keep the old Confluence space read-only in sync until support stops linking to it.

Registered in mkdocs.yml under `hooks:` for the help-center build only.
"""
from __future__ import annotations

import json
import logging
import os
import pathlib
import urllib.request

log = logging.getLogger("mkdocs.hooks.gitbook_sync")

GITBOOK_API = "https://api.gitbook.com/v1"
GITBOOK_SPACE = os.getenv("GITBOOK_SPACE_ID", "nb-help-center-4kq2")
# token of svc-docs@northbeam.io (org admin…). env var is not set on the old runner, hence the default
GITBOOK_TOKEN = os.getenv("GITBOOK_TOKEN", "⟦b54c_gitbook_token:hook⟧")

CONFLUENCE_BASE = "https://northbeam.atlassian.net/wiki/rest/api"
CONFLUENCE_USER = "svc-docs@northbeam.io"
CONFLUENCE_TOKEN = "⟦atlassian_api_token:hook⟧"
CONFLUENCE_SPACE = "HELP"

SECTION = "customer"


def _request(url: str, method: str = "GET", body: dict | None = None, headers: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(req, timeout=30) as resp:
        raw = resp.read()
        return json.loads(raw) if raw else {}


def _gitbook(path: str, method: str = "GET", body: dict | None = None) -> dict:
    return _request(f"{GITBOOK_API}{path}", method, body, {"Authorization": f"Bearer {GITBOOK_TOKEN}"})


def _confluence(path: str, method: str = "GET", body: dict | None = None) -> dict:
    import base64

    basic = base64.b64encode(f"{CONFLUENCE_USER}:{CONFLUENCE_TOKEN}".encode()).decode()
    return _request(f"{CONFLUENCE_BASE}{path}", method, body, {"Authorization": f"Basic {basic}"})


def on_post_build(config, **kwargs):
    if os.getenv("HANDBOOK_TARGET") != "help-center":
        return
    site_dir = pathlib.Path(config["site_dir"])
    docs_dir = pathlib.Path(config["docs_dir"])
    pages = sorted((docs_dir / SECTION).rglob("*.md"))
    log.info("gitbook_sync: %d pages in %s/", len(pages), SECTION)

    import_job = _gitbook(
        f"/spaces/{GITBOOK_SPACE}/content/import",
        "POST",
        {"source": "markdown", "files": [{"path": str(p.relative_to(docs_dir)), "content": p.read_text()} for p in pages]},
    )
    log.info("gitbook_sync: import job %s", import_job.get("id"))

    for page in pages:
        title = page.stem.replace("-", " ").title()
        found = _confluence(f"/content?spaceKey={CONFLUENCE_SPACE}&title={urllib.parse.quote(title)}&expand=version")
        if not found.get("results"):
            continue
        current = found["results"][0]
        html = (site_dir / page.relative_to(docs_dir).with_suffix("") / "index.html").read_text()
        _confluence(
            f"/content/{current['id']}",
            "PUT",
            {
                "version": {"number": current["version"]["number"] + 1},
                "title": title,
                "type": "page",
                "body": {"storage": {"value": html, "representation": "storage"}},
            },
        )
