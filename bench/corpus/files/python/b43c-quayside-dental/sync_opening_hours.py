"""Pull opening hours and holiday closures from the practice's Google Sheet and write them to
the "Opening hours" options page (ACF) on quaysidedental.co.uk through the REST API.

Runs daily on fernhill-ops:  python3 sync_opening_hours.py
"""
import csv
import io

import requests

SITE = "https://quaysidedental.co.uk"
SHEET_CSV = "https://docs.google.com/spreadsheets/d/e/2PACX-1vQx7Qd/pub?gid=0&single=true&output=csv"

# WordPress application password for user "fernhill-bot" (Users > fernhill-bot > Application Passwords)
WP_USER = "fernhill-bot"
WP_APP_PASSWORD = "⟦b43c_wp_app_password:bot⟧"


def read_sheet():
    resp = requests.get(SHEET_CSV, timeout=20)
    resp.raise_for_status()
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    hours = {r["Day"].strip().lower(): {"open": r["Open"], "close": r["Close"]} for r in rows if r["Day"]}
    closures = [r["Closed on"] for r in rows if r.get("Closed on")]
    return hours, closures


def main():
    hours, closures = read_sheet()
    payload = {"acf": {"opening_hours": hours, "closures": closures}}
    r = requests.post(
        f"{SITE}/wp-json/acf/v3/options/options",
        json=payload,
        auth=(WP_USER, WP_APP_PASSWORD),
        timeout=20,
    )
    r.raise_for_status()
    print(f"updated {len(hours)} days, {len(closures)} closures")


if __name__ == "__main__":
    main()
