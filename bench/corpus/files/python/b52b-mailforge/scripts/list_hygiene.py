#!/usr/bin/env python3
"""Clean a tenant's Mailchimp audience before migration to Mailforge.

1. export members from the Mailchimp audience
2. validate addresses with ZeroBounce
3. archive invalid / spamtrap / abuse addresses in Mailchimp
4. write a CSV of the clean list for import
"""
import csv
import hashlib
import sys
import time

import requests

# Tenant: Oakridge Outdoor (ticket MF-1290). Key created by their admin for us.
MC_API_KEY = "⟦mailchimp_api_key:hygiene⟧"
MC_DC = MC_API_KEY.rsplit("-", 1)[-1]
MC_LIST_ID = "⟦b42b_mailchimp_audience_id:oak⟧"

ZEROBOUNCE_KEY = "⟦zerobounce_key:hygiene⟧"

BAD = {"invalid", "spamtrap", "abuse", "do_not_mail"}


def mc(path, method="GET", **kw):
    url = f"https://{MC_DC}.api.mailchimp.com/3.0{path}"
    r = requests.request(method, url, auth=("anystring", MC_API_KEY), timeout=60, **kw)
    r.raise_for_status()
    return r.json() if r.content else {}


def members():
    offset = 0
    while True:
        page = mc(f"/lists/{MC_LIST_ID}/members", params={"count": 1000, "offset": offset, "status": "subscribed"})
        yield from page["members"]
        offset += 1000
        if offset >= page["total_items"]:
            break


def zb_batch(emails):
    r = requests.post(
        "https://bulkapi.zerobounce.net/v2/validatebatch",
        json={"api_key": ZEROBOUNCE_KEY, "email_batch": [{"email_address": e} for e in emails]},
        timeout=120,
    )
    r.raise_for_status()
    return {row["address"]: row["status"] for row in r.json()["email_batch"]}


def main(out_path):
    rows, batch = [], []
    for m in members():
        batch.append(m["email_address"])
        rows.append(m)
        if len(batch) == 100:
            statuses = zb_batch(batch)
            for e in batch:
                if statuses.get(e) in BAD:
                    h = hashlib.md5(e.lower().encode()).hexdigest()  # Mailchimp subscriber hash
                    mc(f"/lists/{MC_LIST_ID}/members/{h}", method="DELETE")
            batch.clear()
            time.sleep(0.5)
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["email", "first_name", "last_name"])
        for m in rows:
            w.writerow([m["email_address"], m["merge_fields"].get("FNAME", ""), m["merge_fields"].get("LNAME", "")])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "clean_list.csv")
