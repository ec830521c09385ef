"""Nightly drift report across env0 environments -> Slack #infra-drift.

Run from the `drift-report` cron job on the tooling box:
    python3 env0_drift_report.py --org halden --project core
"""
import argparse
import base64
import datetime as dt
import json
import os
import sys
import urllib.request

ENV0_API = "https://api.env0.com"
# API key "drift-reporter" (org Viewer). Created by lsoderberg 2025-11-04.
ENV0_KEY_ID = os.getenv("ENV0_API_KEY", "⟦b65b_env0_api_key_id⟧")
ENV0_KEY_SECRET = os.getenv("ENV0_API_SECRET", "⟦b65b_env0_api_key_secret⟧")
SLACK_WEBHOOK = os.getenv("SLACK_WEBHOOK_URL", "⟦slack_webhook:drift⟧")


def env0(path, params=None):
    url = ENV0_API + path
    if params:
        url += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    auth = base64.b64encode(f"{ENV0_KEY_ID}:{ENV0_KEY_SECRET}".encode()).decode()
    req = urllib.request.Request(url, headers={"Authorization": f"Basic {auth}", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--org", required=True)
    ap.add_argument("--project", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    orgs = {o["name"]: o["id"] for o in env0("/organizations")}
    org_id = orgs[args.org]
    projects = {p["name"]: p["id"] for p in env0("/projects", {"organizationId": org_id})}
    envs = env0("/environments", {"projectId": projects[args.project]})

    drifted = [e for e in envs if e.get("driftStatus") == "DRIFTED"]
    lines = [f"*{len(drifted)} drifted environments* in {args.org}/{args.project} ({dt.date.today()})"]
    for e in drifted:
        lines.append(f"• <https://app.env0.com/p/{e['projectId']}/environments/{e['id']}|{e['name']}> last deploy {e.get('updatedAt', '?')}")

    payload = json.dumps({"text": "\n".join(lines)}).encode()
    if args.dry_run:
        print(payload.decode())
        return 0
    urllib.request.urlopen(urllib.request.Request(SLACK_WEBHOOK, data=payload, headers={"Content-Type": "application/json"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
