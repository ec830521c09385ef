"""Deposit the de-identified COPD-Rehab analysis dataset to the institutional Dataverse.

Collection: https://dataverse.northmoor.ac.uk/dataverse/ctu
"""
import json

import requests

SERVER = "https://dataverse.northmoor.ac.uk"
COLLECTION = "ctu"
# API token of the CTU curator account (expires 2025-03-31)
API_TOKEN = "⟦b44a_dataverse_api_token⟧"

# existing dataset (draft) we keep adding versions to
PERSISTENT_ID = "doi:10.34812/NMU/QX7R2T"

HEADERS = {"X-Dataverse-key": API_TOKEN}


def add_file(path, description, restrict=False):
    params = {"description": description, "categories": ["Data"], "restrict": restrict}
    with open(path, "rb") as fh:
        r = requests.post(
            f"{SERVER}/api/datasets/:persistentId/add",
            params={"persistentId": PERSISTENT_ID},
            headers=HEADERS,
            files={"file": fh, "jsonData": (None, json.dumps(params))},
            timeout=600,
        )
    r.raise_for_status()
    print(path, "->", r.json()["data"]["files"][0]["dataFile"]["id"])


def publish(kind="minor"):
    r = requests.post(f"{SERVER}/api/datasets/:persistentId/actions/:publish",
                      params={"persistentId": PERSISTENT_ID, "type": kind}, headers=HEADERS)
    r.raise_for_status()
    print("published", r.json()["data"]["latestVersion"]["versionNumber"])


if __name__ == "__main__":
    add_file("export/copd_rehab_analysis_v3.tab", "Analysis dataset, one row per participant-visit")
    add_file("export/copd_rehab_codebook_v3.pdf", "Codebook")
    publish()
