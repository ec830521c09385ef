"""Export submitted grant applications from Submittable for the review committee packet.

Lakeshore Literacy Fund - 2024 Community Reading Grants (project id 318842).
Writes one row per submission with the reviewer-facing fields and downloads attached budgets.
"""
import base64
import csv
import os
import pathlib

import requests

API = "https://submittable-api.submittable.com/v3"
PROJECT_ID = 318842

# Program officer's key (Account > API Keys). Submittable uses it as the basic-auth user name.
SUBMITTABLE_KEY = os.getenv("SUBMITTABLE_KEY") or "⟦b49a_submittable_api_key:py⟧"
AUTH = {"Authorization": "Basic " + base64.b64encode(f"{SUBMITTABLE_KEY}:".encode()).decode()}

# DocuSign for award letters - see award_letters.py; only the account id is needed here
DOCUSIGN_ACCOUNT_ID = "⟦b48b_docusign_guid:acct⟧"

OUT = pathlib.Path("packet")


def submissions():
    page = 1
    while True:
        r = requests.get(f"{API}/submissions", headers=AUTH,
                         params={"projects.include": PROJECT_ID, "statuses.include": "new,in_progress", "page": page, "pageSize": 50},
                         timeout=60)
        r.raise_for_status()
        body = r.json()
        yield from body["items"]
        if page >= body["totalPages"]:
            return
        page += 1


def main():
    OUT.mkdir(exist_ok=True)
    with open(OUT / "applications.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["submission_id", "organization", "title", "amount_requested", "submitted_at", "budget_file"])
        for s in submissions():
            fields = {f["label"]: f.get("value") for f in s.get("formResponses", [])}
            budget = ""
            for f in s.get("files", []):
                if "budget" in f["fileName"].lower():
                    budget = OUT / f"{s['submissionId']}-{f['fileName']}"
                    budget.write_bytes(requests.get(f["url"], headers=AUTH, timeout=120).content)
            w.writerow([s["submissionId"], fields.get("Organization name"), s.get("title"),
                        fields.get("Amount requested"), s.get("submittedAt"), str(budget)])


if __name__ == "__main__":
    main()
