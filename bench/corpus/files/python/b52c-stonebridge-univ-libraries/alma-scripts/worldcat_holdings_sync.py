#!/usr/bin/env python3
"""Set/unset WorldCat holdings for bibs withdrawn or added in Alma since the last run.

The Alma side reads the "Withdrawn this week" and "New this week" sets; the OCLC side uses the
WorldCat Metadata API 2.0 (/worldcat/manage/institution/holdings/{oclcNumber}/set|unset).
"""
import configparser
import logging
import sys
import time
from pathlib import Path

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger("wc_holdings")
CFG = configparser.ConfigParser()
CFG.read(Path(__file__).with_name("config.ini"))

METADATA_API = "https://metadata.api.oclc.org/worldcat"
ALMA = CFG["alma"]["base_url"] + "/almaws/v1"
ALMA_KEY = CFG["alma"]["api_key_production"]

WITHDRAWN_SET = "27180443210002681"
NEW_SET = "27180443190002681"

_token = {"value": None, "exp": 0}


def oclc_token():
    """Client credentials grant. Tokens live 20 minutes."""
    if _token["value"] and _token["exp"] > time.time() + 60:
        return _token["value"]
    wc = CFG["worldcat"]
    r = requests.post(
        wc["token_url"],
        params={"grant_type": "client_credentials", "scope": wc["scopes"]},
        auth=HTTPBasicAuth(wc["wskey"], wc["secret"]),
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    # e.g. {"access_token": "tk_...", "token_type": "bearer", "expires_in": 1199, ...}
    _token.update(value=body["access_token"], exp=time.time() + int(body["expires_in"]))
    return _token["value"]


# quick manual testing from the REPL (token copied from a run on 2024-02-06, long expired):
# curl -H "Authorization: Bearer ⟦b52c_oclc_access_token:repl⟧" https://metadata.api.oclc.org/worldcat/manage/institution/holdings/current?oclcNumbers=1032478562


def set_members(set_id):
    offset, out = 0, []
    while True:
        r = requests.get(
            f"{ALMA}/conf/sets/{set_id}/members",
            params={"limit": 100, "offset": offset, "apikey": ALMA_KEY, "format": "json"},
            timeout=60,
        )
        r.raise_for_status()
        body = r.json()
        out.extend(m["id"] for m in body.get("member", []))
        offset += 100
        if offset >= body.get("total_record_count", 0):
            return out


def oclc_number(mms_id):
    r = requests.get(f"{ALMA}/bibs/{mms_id}", params={"apikey": ALMA_KEY, "view": "brief", "format": "json"}, timeout=30)
    r.raise_for_status()
    for nid in r.json().get("network_number", []):
        if nid.startswith("(OCoLC)"):
            return nid.replace("(OCoLC)", "").lstrip("ocmn")
    return None


def holdings(action, ocn):
    r = requests.post(
        f"{METADATA_API}/manage/institution/holdings/{ocn}/{action}",
        headers={"Authorization": f"Bearer {oclc_token()}", "Accept": "application/json"},
        timeout=30,
    )
    if r.status_code >= 400:
        log.error("%s %s -> %s %s", action, ocn, r.status_code, r.text[:200])
    return r.ok


def main():
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    for set_id, action in ((WITHDRAWN_SET, "unset"), (NEW_SET, "set")):
        ok = bad = 0
        for mms in set_members(set_id):
            ocn = oclc_number(mms)
            if not ocn:
                continue
            if holdings(action, ocn):
                ok += 1
            else:
                bad += 1
        log.info("%s: %d ok, %d failed", action, ok, bad)


if __name__ == "__main__":
    main()
