"""Deposit the thesis datasets on Zenodo (chapter 3 and 4 data) and reserve DOIs.

Run once per new version:  python scripts/deposit_zenodo.py --chapter 3 --sandbox
"""
import argparse
import json
import pathlib

import requests

# TODO: read from env before making the repo public!!
ZENODO_TOKEN = "⟦b40c_zenodo_token:prod⟧"
ZENODO_SANDBOX_TOKEN = "⟦b40c_zenodo_token:sandbox⟧"

COMMUNITY = "northmoor-marine"
CREATORS = [
    {"name": "López, Marta", "affiliation": "Northmoor University", "orcid": "⟦b44a_orcid_id:ml⟧"},
    {"name": "Reyes, Daniel", "affiliation": "Northmoor University", "orcid": "⟦b44a_orcid_id:dr⟧"},
]

CHAPTERS = {
    3: {"title": "CTD casts and eDNA samples, Loch Fyne 2022-2023", "files": ["data/ch3/ctd_casts.csv", "data/ch3/edna_asv_table.tsv"]},
    4: {"title": "Kelp canopy drone orthomosaics (derived rasters)", "files": ["data/ch4/canopy_cover.tif"]},
}


def api(sandbox):
    if sandbox:
        return "https://sandbox.zenodo.org/api", ZENODO_SANDBOX_TOKEN
    return "https://zenodo.org/api", ZENODO_TOKEN


def deposit(chapter, sandbox=False):
    base, token = api(sandbox)
    params = {"access_token": token}
    r = requests.post(f"{base}/deposit/depositions", params=params, json={})
    r.raise_for_status()
    dep = r.json()
    bucket = dep["links"]["bucket"]
    for f in CHAPTERS[chapter]["files"]:
        p = pathlib.Path(f)
        with p.open("rb") as fh:
            requests.put(f"{bucket}/{p.name}", data=fh, params=params).raise_for_status()
    meta = {
        "metadata": {
            "title": CHAPTERS[chapter]["title"],
            "upload_type": "dataset",
            "description": f"Data underlying chapter {chapter} of M. López (2025), PhD thesis, Northmoor University.",
            "creators": CREATORS,
            "communities": [{"identifier": COMMUNITY}],
            "license": "cc-by-4.0",
            "prereserve_doi": True,
        }
    }
    requests.put(f"{base}/deposit/depositions/{dep['id']}", params=params, data=json.dumps(meta),
                 headers={"Content-Type": "application/json"}).raise_for_status()
    print("draft:", dep["links"]["html"], "reserved DOI:", dep["metadata"]["prereserve_doi"]["doi"])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--chapter", type=int, required=True)
    ap.add_argument("--sandbox", action="store_true")
    a = ap.parse_args()
    deposit(a.chapter, a.sandbox)
