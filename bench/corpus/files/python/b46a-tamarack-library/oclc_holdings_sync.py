"""Set/unset WorldCat holdings for titles added or withdrawn in Alma this week.

OCLC WorldCat Metadata API 2.0, client credentials grant with the library's WSKey.
"""
import os
import sys

import requests

OCLC_TOKEN_URL = "https://oauth.oclc.org/token"
METADATA_API = "https://metadata.api.oclc.org/worldcat"
INSTITUTION_SYMBOL = "TMK"

WSKEY = os.environ.get("OCLC_WSKEY", "⟦b46a_oclc_wskey:meta⟧")
WSKEY_SECRET = os.environ.get("OCLC_SECRET", "⟦b46a_oclc_wskey_secret:meta⟧")
ALMA_APIKEY = os.environ.get("ALMA_APIKEY", "⟦b46a_alma_api_key:analytics⟧")  # analytics read-only key


def oclc_token() -> str:
    r = requests.post(
        OCLC_TOKEN_URL,
        params={"grant_type": "client_credentials", "scope": "WorldCatMetadataAPI"},
        auth=(WSKEY, WSKEY_SECRET),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def alma_report(path: str):
    r = requests.get(
        "https://api-na.hosted.exlibrisgroup.com/almaws/v1/analytics/reports",
        params={"path": path, "limit": 1000, "col_names": "true"},
        headers={"Authorization": f"apikey {ALMA_APIKEY}", "Accept": "application/json"},
        timeout=120,
    )
    r.raise_for_status()
    return r.json()["anies"]


def main() -> int:
    tok = oclc_token()
    h = {"Authorization": f"Bearer {tok}", "Accept": "application/json"}
    added = alma_report("/shared/Tamarack State University/Reports/Systems/OCLC adds (7d)")
    withdrawn = alma_report("/shared/Tamarack State University/Reports/Systems/OCLC withdrawals (7d)")
    for row in added:
        requests.post(f"{METADATA_API}/manage/institution/holdings/{row['oclc']}/set", headers=h, timeout=30)
    for row in withdrawn:
        requests.post(f"{METADATA_API}/manage/institution/holdings/{row['oclc']}/unset", headers=h, timeout=30)
    print(f"{INSTITUTION_SYMBOL}: set {len(added)}, unset {len(withdrawn)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
