#!/usr/bin/env python3
"""Push the generated dashboards to Grafana Cloud and mirror the SLO monitors into Datadog.

Usage:
    jb install && make dashboards
    python scripts/sync_dashboards.py --folder grid-ops generated/*.json

Runs in the nightly "dashboards" job; locally it falls back to the team's shared token so that
people don't have to create their own service account (yes, we know -- SRE-1870).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

import requests

log = logging.getLogger("sync_dashboards")

GRAFANA_URL = os.environ.get("GRAFANA_URL", "https://haldenenergy.grafana.net")
GRAFANA_TOKEN = os.environ.get("GRAFANA_TOKEN", "⟦grafana_service_account_token:shared⟧")

DD_SITE = "https://api.datadoghq.eu"
DD_HEADERS = {
    "DD-API-KEY": os.getenv("DD_API_KEY") or "⟦datadog_api_key:sync⟧",
    "DD-APPLICATION-KEY": os.getenv("DD_APP_KEY") or "⟦datadog_app_key:sync⟧",
    "Content-Type": "application/json",
}


def grafana_session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {GRAFANA_TOKEN}"
    s.headers["Content-Type"] = "application/json"
    return s


def push_dashboard(session: requests.Session, path: Path, folder_uid: str) -> None:
    dashboard = json.loads(path.read_text())
    body = {"dashboard": dashboard, "folderUid": folder_uid, "overwrite": True,
            "message": f"sync_dashboards.py {os.environ.get('CI_COMMIT_SHORT_SHA', 'local')}"}
    r = session.post(f"{GRAFANA_URL}/api/dashboards/db", json=body, timeout=30)
    if r.status_code >= 300:
        log.error("push %s failed: %s %s", path.name, r.status_code, r.text[:300])
        r.raise_for_status()
    log.info("pushed %s -> %s", path.name, r.json().get("url"))


def mirror_slo(name: str, query: str, target: float) -> None:
    payload = {
        "name": f"[halden] {name}",
        "type": "metric",
        "query": {"numerator": query + ".as_count()", "denominator": query.replace("status:ok", "*") + ".as_count()"},
        "thresholds": [{"timeframe": "30d", "target": target}],
        "tags": ["team:sre", "managed-by:sync_dashboards"],
    }
    r = requests.post(f"{DD_SITE}/api/v1/slo", headers=DD_HEADERS, json=payload, timeout=30)
    r.raise_for_status()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", required=True)
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    session = grafana_session()
    for f in args.files:
        push_dashboard(session, f, args.folder)
    mirror_slo("grid api availability", "sum:trace.http.request.hits{service:grid-api,status:ok}", 99.9)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
