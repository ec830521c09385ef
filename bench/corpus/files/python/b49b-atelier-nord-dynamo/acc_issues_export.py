#!/usr/bin/env python3
"""Export Autodesk Construction Cloud issues for a project to Excel, for the weekly design
coordination meeting (client wants it as a spreadsheet, not an ACC link).

    python acc_issues_export.py --project "Kirkegata 14" --out issues.xlsx
"""
import argparse
import os
import sys

import pandas as pd
import requests

APS = "https://developer.api.autodesk.com"
CLIENT_ID = os.getenv("APS_CLIENT_ID", "⟦b49b_aps_client_id:an⟧")
CLIENT_SECRET = os.getenv("APS_CLIENT_SECRET", "⟦b49b_aps_client_secret_long:an⟧")
HUB_ID = "b.⟦uuid:hub⟧"


def token() -> str:
    r = requests.post(
        f"{APS}/authentication/v2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials", "scope": "data:read account:read"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def project_id(tok: str, name: str) -> str:
    r = requests.get(f"{APS}/project/v1/hubs/{HUB_ID}/projects", headers={"Authorization": f"Bearer {tok}"}, timeout=30)
    r.raise_for_status()
    for p in r.json()["data"]:
        if p["attributes"]["name"] == name:
            return p["id"].removeprefix("b.")
    sys.exit(f"project {name!r} not found in hub")


def issues(tok: str, pid: str) -> list[dict]:
    out, offset = [], 0
    while True:
        r = requests.get(
            f"{APS}/construction/issues/v1/projects/{pid}/issues",
            headers={"Authorization": f"Bearer {tok}"},
            params={"limit": 100, "offset": offset, "filter[status]": "open,in_review"},
            timeout=30,
        )
        r.raise_for_status()
        body = r.json()
        out.extend(body["results"])
        offset += 100
        if offset >= body["pagination"]["totalResults"]:
            return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", required=True)
    ap.add_argument("--out", default="issues.xlsx")
    args = ap.parse_args()
    tok = token()
    rows = issues(tok, project_id(tok, args.project))
    df = pd.json_normalize(rows)[["displayId", "title", "status", "assignedTo", "dueDate", "locationDetails"]]
    df.to_excel(args.out, index=False)
    print(f"{len(df)} issues -> {args.out}")


if __name__ == "__main__":
    main()
