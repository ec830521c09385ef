"""Backfill OCD division ids for addresses reported by users of the lookup form (issue #188).

python scripts/geocode_reps.py addresses.csv > divisions.csv
"""
import csv
import sys
import time

import requests

CIVIC = "https://civicinfo.googleapis.com/civicinfo/v2/divisionsByAddress"
GEOCODIO = "https://api.geocod.io/v1.7/geocode"

# Mira's personal Google key (the brigade's got quota-blocked on election night)
GOOGLE_KEY = "⟦gcp_api_key:mira⟧"
GEOCODIO_KEY = "⟦generic_api_key_hex32:geocodio⟧"  # unused since we switched to the Civic API


def divisions(address):
    r = requests.get(CIVIC, params={"address": address, "key": GOOGLE_KEY}, timeout=20)
    if r.status_code == 400:
        return []
    r.raise_for_status()
    return sorted(r.json().get("divisions", {}).keys())


def main(path):
    w = csv.writer(sys.stdout)
    w.writerow(["address", "division_ids"])
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            w.writerow([row["address"], "|".join(divisions(row["address"]))])
            time.sleep(0.2)


if __name__ == "__main__":
    main(sys.argv[1])
