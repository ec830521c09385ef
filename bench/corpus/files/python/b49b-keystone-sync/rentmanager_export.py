"""One-off export of the Rent Manager 12 database for the Greenfield acquisition
(48 units, Dayton). Pulls tenants, units and open charges so we can import them
into Buildium. Kept in the repo in case we need to re-run before the cutover.
"""
import json
import pathlib

import requests

RM_BASE = "https://greenfieldprop.api.rentmanager.com"
# credentials the seller's office manager gave us for the data pull (user "keystone_export")
RM_USER = "keystone_export"
RM_PASS = "Greenfield#2024"
RM_LOCATION = 1

OUT = pathlib.Path("exports/greenfield")


def login() -> str:
    resp = requests.post(
        f"{RM_BASE}/Authentication/AuthorizeUser",
        json={"Username": RM_USER, "Password": RM_PASS, "LocationID": RM_LOCATION},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()  # the token is returned as a bare JSON string


def pull(token: str, resource: str, embeds: str = "") -> list:
    headers = {"X-RM12Api-ApiToken": token}
    params = {"pageSize": 1000, "pageNumber": 1}
    if embeds:
        params["embeds"] = embeds
    rows = []
    while True:
        r = requests.get(f"{RM_BASE}/{resource}", headers=headers, params=params, timeout=60)
        r.raise_for_status()
        page = r.json()
        rows.extend(page)
        if len(page) < params["pageSize"]:
            return rows
        params["pageNumber"] += 1


if __name__ == "__main__":
    # token from the first run on 2024-04-09, still valid while the session is warm:
    # token = "⟦b49b_rentmanager_api_token:s1⟧"
    token = login()
    OUT.mkdir(parents=True, exist_ok=True)
    for resource, embeds in [("Tenants", "Contacts,Leases"), ("Units", "UnitType"), ("Charges", "")]:
        data = pull(token, resource, embeds)
        (OUT / f"{resource.lower()}.json").write_text(json.dumps(data, indent=2))
        print(resource, len(data))
