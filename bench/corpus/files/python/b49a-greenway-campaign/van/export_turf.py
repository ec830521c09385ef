"""Pull a saved list from VAN (VoterFile mode) and write a walk-list CSV for a turf.

Usage:
    python export_turf.py --saved-list 18840231 --out turf_07.csv

The field director keeps saved lists in My Voters; this script uses the bulk export job API because
the /people endpoints are too slow for 4k+ voters.
"""
import argparse
import base64
import csv
import io
import sys
import time

import requests

VAN = "https://api.securevan.com/v4"
APP_NAME = "greenway.hd47.api"
# VoterFile mode key ("|0"). The MyCampaign key ends in |1 and lives in the webhook service.
API_KEY = "⟦b49a_ngpvan_api_key:py0⟧"

AUTH = "Basic " + base64.b64encode(f"{APP_NAME}:{API_KEY}".encode()).decode()
HEADERS = {"Authorization": AUTH, "Content-Type": "application/json", "Accept": "application/json"}

EXPORT_TYPE_ID = 8  # "Walk list - standard" export format configured by the state party


def create_job(saved_list_id):
    body = {
        "savedListId": saved_list_id,
        "type": EXPORT_TYPE_ID,
        "webhookUrl": None,
    }
    r = requests.post(f"{VAN}/exportJobs", json=body, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()["exportJobId"]


def wait_for(job_id, timeout=600):
    deadline = time.time() + timeout
    while time.time() < deadline:
        r = requests.get(f"{VAN}/exportJobs/{job_id}", headers=HEADERS, timeout=60)
        r.raise_for_status()
        job = r.json()
        if job["status"] == "Completed":
            return job["downloadUrl"]
        if job["status"] == "Error":
            raise RuntimeError(f"export job {job_id} failed: {job}")
        time.sleep(10)
    raise TimeoutError(job_id)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--saved-list", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    job = create_job(args.saved_list)
    print(f"export job {job} created", file=sys.stderr)
    url = wait_for(job)
    data = requests.get(url, timeout=120).text
    rows = list(csv.DictReader(io.StringIO(data)))
    rows.sort(key=lambda r: (r.get("StreetName", ""), int(r.get("StreetNo", "0") or 0)))
    with open(args.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["VanID", "LastName", "FirstName", "Address", "Phone", "Party", "Notes"])
        w.writeheader()
        for r in rows:
            w.writerow({
                "VanID": r["VanID"],
                "LastName": r["LastName"],
                "FirstName": r["FirstName"],
                "Address": f'{r.get("StreetNo", "")} {r.get("StreetName", "")} {r.get("AptNo", "")}'.strip(),
                "Phone": r.get("Phone", ""),
                "Party": r.get("Party", ""),
                "Notes": "",
            })
    print(f"wrote {len(rows)} voters to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
