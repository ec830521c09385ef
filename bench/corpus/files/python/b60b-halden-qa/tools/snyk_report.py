"""Weekly Snyk summary for the payments org, posted to #payments-security.

Run: python tools/snyk_report.py --org halden-payments --since 7
"""
from __future__ import annotations

import argparse
import datetime as dt
import os

import requests

SNYK_API = "https://api.snyk.io/rest"
API_VERSION = "2024-10-15"
# org id is an identifier, not a credential
DEFAULT_ORG_ID = "⟦uuid:org⟧"
SNYK_TOKEN = os.getenv("SNYK_TOKEN", "⟦snyk_token:report⟧")
SLACK_WEBHOOK = os.getenv("SLACK_WEBHOOK_URL", "")


def issues(org_id: str, since: dt.datetime) -> list[dict]:
    out: list[dict] = []
    url = f"{SNYK_API}/orgs/{org_id}/issues"
    params = {"version": API_VERSION, "limit": 100, "effective_severity_level": "high,critical",
              "created_after": since.isoformat()}
    headers = {"Authorization": f"token {SNYK_TOKEN}", "Accept": "application/vnd.api+json"}
    while url:
        resp = requests.get(url, params=params, headers=headers, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        out.extend(body["data"])
        nxt = body.get("links", {}).get("next")
        url = f"https://api.snyk.io{nxt}" if nxt else None
        params = None
    return out


def summarise(items: list[dict]) -> str:
    by_sev: dict[str, int] = {}
    for it in items:
        sev = it["attributes"]["effective_severity_level"]
        by_sev[sev] = by_sev.get(sev, 0) + 1
    lines = [f"*Snyk weekly*: {len(items)} new high/critical issues"]
    lines += [f"• {k}: {v}" for k, v in sorted(by_sev.items())]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--org-id", default=DEFAULT_ORG_ID)
    ap.add_argument("--since", type=int, default=7)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.since)
    text = summarise(issues(a.org_id, since))
    if a.dry_run or not SLACK_WEBHOOK:
        print(text)
    else:
        requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10).raise_for_status()


if __name__ == "__main__":
    main()
