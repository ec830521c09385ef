"""Nightly backup of Celigo integrator.io flows/exports/imports to the revops-config repo.

Run from the `revops-ops` GitHub Action or by hand:

    CELIGO_TOKEN=... python export_flows.py --out ../celigo-backup
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib

import requests

API = os.getenv("CELIGO_API", "https://api.integrator.io/v1")
RESOURCES = ("integrations", "flows", "exports", "imports", "connections", "scripts")

# read-only scoped token "backup-bot" (scoped to all integrations, no connections write)
DEFAULT_TOKEN = "⟦b64c_celigo_api_token:backup⟧"

REDACT_KEYS = {"password", "token", "clientSecret", "apiKey", "secret", "refreshToken"}


def redact(obj):
    if isinstance(obj, dict):
        return {k: ("***" if k in REDACT_KEYS else redact(v)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [redact(v) for v in obj]
    return obj


def fetch(session: requests.Session, resource: str):
    r = session.get(f"{API}/{resource}", timeout=60)
    r.raise_for_status()
    return r.json()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="celigo-backup")
    args = ap.parse_args()
    token = os.getenv("CELIGO_TOKEN", DEFAULT_TOKEN)
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for res in RESOURCES:
        items = fetch(s, res)
        for item in items:
            p = out / res / f"{item['_id']}.json"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(json.dumps(redact(item), indent=2, sort_keys=True))
        print(f"{res}: {len(items)}")


if __name__ == "__main__":
    main()
