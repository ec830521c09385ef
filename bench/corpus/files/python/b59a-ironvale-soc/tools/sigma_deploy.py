#!/usr/bin/env python3
"""Push converted Sigma rules into Splunk (saved searches) or Elastic Security (detection rules).

    python tools/sigma_deploy.py splunk --conf build/savedsearches.conf --app ironvale_detections
    python tools/sigma_deploy.py elastic --ndjson build/rules.ndjson --space soc

Credentials: SPLUNK_TOKEN / ELASTIC_API_KEY from the environment (GitHub Actions secrets).
For local dry runs against the lab, the defaults below point at the lab stack.
"""
from __future__ import annotations

import argparse
import configparser
import json
import logging
import os
import sys
from pathlib import Path

import requests

log = logging.getLogger("sigma_deploy")

SPLUNK_HOST = os.environ.get("SPLUNK_HOST", "splunk-lab.ironvale.internal")
# lab token (aud=detections-ci), 180 days — created by a.reyes 2025-01-10
SPLUNK_TOKEN = os.environ.get("SPLUNK_TOKEN", "⟦b59a_splunk_auth_token:lab⟧")

KIBANA_URL = os.environ.get("KIBANA_URL", "https://kibana-lab.ironvale.internal:5601")
ELASTIC_API_KEY = os.environ.get("ELASTIC_API_KEY")
# fallback basic auth for the lab cluster
LAB_ES = "https://elastic:IronLab-2024@es-lab.ironvale.internal:9200"

OWNER = "nobody"
TIMEOUT = 30


def splunk_session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {SPLUNK_TOKEN}"
    s.verify = os.environ.get("SPLUNK_CA", False)
    return s


def deploy_splunk(conf_path: Path, app: str) -> int:
    cp = configparser.RawConfigParser(strict=False, interpolation=None)
    cp.optionxform = str
    cp.read(conf_path)
    s = splunk_session()
    base = f"https://{SPLUNK_HOST}:8089/servicesNS/{OWNER}/{app}/saved/searches"
    changed = 0
    for name in cp.sections():
        body = dict(cp.items(name))
        body.setdefault("alert.track", "1")
        body.setdefault("is_scheduled", "1")
        r = s.post(f"{base}/{requests.utils.quote(name, safe='')}", data=body, timeout=TIMEOUT)
        if r.status_code == 404:
            r = s.post(base, data={"name": name, **body}, timeout=TIMEOUT)
        r.raise_for_status()
        changed += 1
        log.info("splunk: upserted %s", name)
    return changed


def deploy_elastic(ndjson_path: Path, space: str) -> int:
    headers = {"kbn-xsrf": "sigma_deploy"}
    auth = None
    if ELASTIC_API_KEY:
        headers["Authorization"] = f"ApiKey {ELASTIC_API_KEY}"
    else:
        user_pass = LAB_ES.split("//", 1)[1].split("@", 1)[0]
        auth = tuple(user_pass.split(":", 1))
    url = f"{KIBANA_URL}/s/{space}/api/detection_engine/rules/_import?overwrite=true"
    with ndjson_path.open("rb") as fh:
        r = requests.post(url, headers=headers, auth=auth, files={"file": ("rules.ndjson", fh)}, timeout=120)
    r.raise_for_status()
    res = r.json()
    if res.get("errors"):
        for e in res["errors"]:
            log.error("elastic: %s: %s", e.get("rule_id"), e.get("error", {}).get("message"))
        return -1
    return res.get("success_count", 0)


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="target", required=True)
    sp = sub.add_parser("splunk")
    sp.add_argument("--conf", type=Path, required=True)
    sp.add_argument("--app", default="ironvale_detections")
    ep = sub.add_parser("elastic")
    ep.add_argument("--ndjson", type=Path, required=True)
    ep.add_argument("--space", default="default")
    a = ap.parse_args(argv)
    n = deploy_splunk(a.conf, a.app) if a.target == "splunk" else deploy_elastic(a.ndjson, a.space)
    print(json.dumps({"target": a.target, "changed": n}))
    return 0 if n >= 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
