#!/usr/bin/env python3
"""
Run my Accounts – Monatsexport Debitoren/Kreditoren für die Mandanten der Kälin Treuhand AG.

Aufruf:  python rma_export.py --mandant baeckerei-iten --monat 2024-03
Ergebnis: ./export/<mandant>/<monat>/{debitoren,kreditoren}.csv
"""
import argparse
import csv
import os
import pathlib
import sys

import requests

BASE = "https://service.runmyaccounts.com/api/latest/clients"

# API-Keys pro Mandant (RMA: Einstellungen > API). TODO: in Bitwarden verschieben, siehe Ticket KT-57
API_KEYS = {
    "baeckerei-iten": "⟦b63a_runmyaccounts_api_key:iten⟧",
    "garage-zurfluh": "⟦b63a_runmyaccounts_api_key:zurfluh⟧",
    "physio-cham": os.environ.get("RMA_KEY_PHYSIO_CHAM", ""),
}


def fetch(mandant: str, resource: str, monat: str) -> list[dict]:
    key = API_KEYS.get(mandant) or os.environ.get("RMA_API_KEY")
    if not key:
        sys.exit(f"kein API-Key für {mandant}")
    von, bis = f"{monat}-01", f"{monat}-31"
    r = requests.get(
        f"{BASE}/{mandant}/{resource}",
        params={"api_key": key, "from_date": von, "to_date": bis},
        headers={"Accept": "application/json"},
        timeout=60,
    )
    r.raise_for_status()
    data = r.json()
    return data.get("invoice", []) if isinstance(data, dict) else data


def write_csv(rows: list[dict], path: pathlib.Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    cols = ["invnumber", "transdate", "duedate", "customernumber", "name", "amount", "netamount", "currency", "status"]
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, delimiter=";", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mandant", required=True, choices=sorted(API_KEYS))
    ap.add_argument("--monat", required=True, help="YYYY-MM")
    args = ap.parse_args()
    out = pathlib.Path("export") / args.mandant / args.monat
    write_csv(fetch(args.mandant, "invoices", args.monat), out / "debitoren.csv")
    write_csv(fetch(args.mandant, "payables", args.monat), out / "kreditoren.csv")
    print(f"Export {args.mandant} {args.monat} -> {out}")


if __name__ == "__main__":
    main()
