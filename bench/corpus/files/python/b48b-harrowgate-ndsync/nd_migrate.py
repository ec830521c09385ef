"""Copy documents from the legacy NetDocuments cabinet (acquired Blake Morgan team) into iManage Work.

Runs nightly on HL-MGMT01:  python nd_migrate.py --cabinet NG-7R2KQ9XW --since 2024-09-01
Credentials come from ~/.netdocs (client id/secret, tokens) and the iManage token from the
HL_IMANAGE_TOKEN environment variable set by the scheduled task wrapper.
"""
from __future__ import annotations

import argparse
import configparser
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("nd_migrate")

CONFIG = Path.home() / ".netdocs"
IMANAGE = "https://imanage.hl.local/work/api/v2/customers/1/libraries/ACTIVE"
# Mapping of legacy cabinet -> iManage workspace template; ids are not sensitive.
CABINETS = {
    "⟦b48b_netdocs_cabinet_id:corp⟧": "Corporate",
    "⟦b48b_netdocs_cabinet_id:lit⟧": "Litigation",
}
SKIP_FOLDERS = {"⟦b48b_netdocs_doc_id:f1⟧", "⟦b48b_netdocs_doc_id:f2⟧"}  # "Personal" and "Old templates"

# Azure Blob staging area for anything larger than 100 MB (iManage upload limit)
STAGING_CONN = (
    "DefaultEndpointsProtocol=https;AccountName=hlndstaging;"
    "AccountKey=⟦azure_storage_key:ndstaging⟧;EndpointSuffix=core.windows.net"
)


def nd_session() -> requests.Session:
    cfg = configparser.ConfigParser()
    cfg.read(CONFIG)
    s = requests.Session()
    token = cfg["Client Parameters"]["access_token"]
    s.headers["Authorization"] = f"Bearer {token}"
    s.base_url = cfg["URLs"]["base_url"]  # type: ignore[attr-defined]
    return s


def imanage_session() -> requests.Session:
    s = requests.Session()
    s.headers["X-Auth-Token"] = os.environ["HL_IMANAGE_TOKEN"]
    s.verify = r"C:\ProgramData\HL\certs\hl-root-ca.pem"
    return s


def copy_cabinet(cabinet: str, since: str) -> int:
    nd, im = nd_session(), imanage_session()
    url = f"{nd.base_url}/v2/search/{cabinet}"  # type: ignore[attr-defined]
    resp = nd.get(url, params={"q": f"=7(^{since}-)", "select": "standardAttributes", "top": 500})
    resp.raise_for_status()
    copied = 0
    for doc in resp.json().get("Results", []):
        if doc["parent"] in SKIP_FOLDERS:
            continue
        content = nd.get(f"{nd.base_url}/v1/Document/{doc['id']}").content  # type: ignore[attr-defined]
        im.post(f"{IMANAGE}/documents", files={"file": (doc["name"], content)},
                data={"profile": f'{{"class":"DOC","author":"NDMIGRATE","comment":"ND {doc["id"]}"}}'})
        copied += 1
    return copied


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cabinet", choices=sorted(CABINETS), required=True)
    ap.add_argument("--since", required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("copied %d documents from %s", copy_cabinet(args.cabinet, args.since), args.cabinet)
