"""Push CTU trial publications to investigators' ORCID records (Member API, /activities/update scope).

Investigators authorise us once through the ORCID consent page; their access tokens
(20-year lifetime) are kept in the CTU database. This script runs the backfill.
"""
import requests

ORCID_API = "https://api.orcid.org/v3.0"
ORCID_TOKEN_URL = "https://orcid.org/oauth/token"

CLIENT_ID = "⟦b44a_orcid_client_id⟧"
CLIENT_SECRET = "⟦b44a_orcid_client_secret⟧"

# backfill list: ORCID iD -> access token (copied from ctu_db.orcid_grants for the pilot)
GRANTS = {
    "⟦b44a_orcid_id:pi1⟧": "⟦b44a_orcid_access_token:pi1⟧",
    "⟦b44a_orcid_id:pi2⟧": "⟦b44a_orcid_access_token:pi2⟧",
}


def read_public_token():
    r = requests.post(ORCID_TOKEN_URL, data={
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
        "grant_type": "client_credentials", "scope": "/read-public",
    }, headers={"Accept": "application/json"})
    r.raise_for_status()
    return r.json()["access_token"]


def add_work(orcid, token, work):
    r = requests.post(f"{ORCID_API}/{orcid}/work", json=work, headers={
        "Authorization": f"Bearer {token}",
        "Content-Type": "application/vnd.orcid+json",
    })
    if r.status_code == 409:
        print(orcid, "already has", work["title"]["title"]["value"])
        return
    r.raise_for_status()
    print(orcid, "added put-code", r.headers["Location"].rsplit("/", 1)[-1])


WORK = {
    "title": {"title": {"value": "Home-based pulmonary rehabilitation in COPD: a randomised controlled trial"}},
    "type": "journal-article",
    "external-ids": {"external-id": [{"external-id-type": "doi", "external-id-value": "10.1136/thorax-2024-221873",
                                       "external-id-relationship": "self"}]},
    "publication-date": {"year": {"value": "2024"}, "month": {"value": "10"}},
}

if __name__ == "__main__":
    for orcid, token in GRANTS.items():
        add_work(orcid, token, WORK)
