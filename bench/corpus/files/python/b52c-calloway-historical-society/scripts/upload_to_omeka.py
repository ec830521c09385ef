"""Bulk-create Omeka S items from the digitization spreadsheet (one row per ledger/photo).

usage: python3 scripts/upload_to_omeka.py --csv ledgers.csv [--item-set 412]

The API key belongs to the "digitization-bot" user (role: editor). Create a new key under
User > API keys if this one stops working -- the credential is only shown once.
"""
import argparse
import csv
import mimetypes
import time
from pathlib import Path

import requests

OMEKA = "https://archive.calloway-history.org/api"
KEY_IDENTITY = "⟦b52c_omeka_key_identity:bot⟧"
KEY_CREDENTIAL = "⟦b52c_omeka_key_credential:bot⟧"

# property ids on our install (dcterms)
P = {"title": 1, "creator": 2, "subject": 3, "description": 4, "date": 7, "identifier": 10, "rights": 15}
RESOURCE_CLASS_TEXT = 31  # dctype:Text
RESOURCE_TEMPLATE = 3     # "Calloway ledger"


def auth():
    return {"key_identity": KEY_IDENTITY, "key_credential": KEY_CREDENTIAL}


def literal(pid, value):
    return [{"type": "literal", "property_id": pid, "@value": value}]


def item_payload(row, item_set):
    data = {
        "o:resource_class": {"o:id": RESOURCE_CLASS_TEXT},
        "o:resource_template": {"o:id": RESOURCE_TEMPLATE},
        "o:item_set": [{"o:id": item_set}],
        "o:is_public": row.get("public", "yes") == "yes",
        "dcterms:title": literal(P["title"], row["title"]),
        "dcterms:date": literal(P["date"], row["date"]),
        "dcterms:identifier": literal(P["identifier"], row["accession"]),
        "dcterms:rights": literal(P["rights"], "No Known Copyright"),
    }
    if row.get("description"):
        data["dcterms:description"] = literal(P["description"], row["description"])
    return data


def create_item(row, item_set, retries=3):
    files = sorted(Path(row["folder"]).glob("*.tif"))
    data = item_payload(row, item_set)
    data["o:media"] = [{"o:ingester": "upload", "file_index": str(i)} for i in range(len(files))]
    multipart = [("data", (None, __import__("json").dumps(data), "application/json"))]
    for i, f in enumerate(files):
        multipart.append((f"file[{i}]", (f.name, f.open("rb"), mimetypes.guess_type(f.name)[0])))
    for attempt in range(retries):
        r = requests.post(f"{OMEKA}/items", params=auth(), files=multipart, timeout=600)
        if r.status_code < 500:
            r.raise_for_status()
            return r.json()["o:id"]
        time.sleep(10 * (attempt + 1))
    r.raise_for_status()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--item-set", type=int, default=412)
    args = ap.parse_args()
    with open(args.csv, newline="") as fh:
        for row in csv.DictReader(fh):
            print(row["accession"], "->", create_item(row, args.item_set))


if __name__ == "__main__":
    main()
