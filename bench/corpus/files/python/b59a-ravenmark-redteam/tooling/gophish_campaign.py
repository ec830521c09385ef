#!/usr/bin/env python3
"""Create/launch/poll a GoPhish campaign from an engagement YAML.

    ./gophish_campaign.py engagements/RM-031/phish-wave2.yml --launch
    ./gophish_campaign.py engagements/RM-031/phish-wave2.yml --results results.csv

GoPhish admin is only bound to localhost on the phishing VPS; we reach it with
`ssh -L 3333:127.0.0.1:3333 phish-rm031`.
"""
import argparse
import csv
import sys
import time

import requests
import yaml
from gophish import Gophish
from gophish.models import SMTP, Campaign, Group, Page, Template, User

requests.packages.urllib3.disable_warnings()

GOPHISH_URL = "https://127.0.0.1:3333"
# RM-031 instance (Settings > API Key). Instance is destroyed after the engagement.
GOPHISH_API_KEY = "⟦b59a_gophish_api_key:rm031⟧"

# Mailgun is used for the "delivery test" wave to our own seed inboxes before the real wave
MAILGUN_DOMAIN = "mg.northwind-benefits.com"
MAILGUN_KEY = "⟦mailgun_api_key:rm031⟧"


def api() -> Gophish:
    return Gophish(GOPHISH_URL, api_key=GOPHISH_API_KEY, verify=False)


def seed_test(cfg: dict) -> None:
    for rcpt in cfg.get("seed_inboxes", []):
        r = requests.post(
            f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            data={"from": cfg["from"], "to": rcpt, "subject": cfg["subject"], "html": open(cfg["template_html"]).read()},
            timeout=20,
        )
        print(rcpt, r.status_code)


def build(cfg: dict, gp: Gophish) -> Campaign:
    group = Group(name=cfg["group"], targets=[User(first_name=t["first"], last_name=t["last"], email=t["email"], position=t.get("position", "")) for t in cfg["targets"]])
    group = gp.groups.post(group)
    return Campaign(
        name=cfg["name"],
        groups=[group],
        page=Page(name=cfg["landing_page"]),
        template=Template(name=cfg["template"]),
        smtp=SMTP(name=cfg["sending_profile"]),
        url=cfg["phish_url"],
        launch_date=cfg.get("launch_date"),
    )


def export_results(gp: Gophish, name: str, out: str) -> None:
    camp = next(c for c in gp.campaigns.get() if c.name == name)
    res = gp.campaigns.results(campaign_id=camp.id)
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["email", "status", "ip", "latitude", "longitude", "send_date", "reported"])
        for r in res.results:
            w.writerow([r.email, r.status, r.ip, r.latitude, r.longitude, r.send_date, r.reported])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--seed-test", action="store_true")
    ap.add_argument("--launch", action="store_true")
    ap.add_argument("--results")
    a = ap.parse_args()
    cfg = yaml.safe_load(open(a.config))
    gp = api()
    if a.seed_test:
        seed_test(cfg)
    if a.launch:
        c = gp.campaigns.post(build(cfg, gp))
        print("launched campaign", c.id)
    if a.results:
        export_results(gp, cfg["name"], a.results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
