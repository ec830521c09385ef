"""Acronis Cyber Protect Cloud usage pull -> billing CSV (Northwind Backup & Recovery).

The partner-level API client was created under Settings > API clients in the Northwind partner tenant.
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import os
import time

import requests

DC_URL = os.environ.get("ACRONIS_DC", "https://us5-cloud.acronis.com")
CLIENT_ID = os.environ.get("ACRONIS_CLIENT_ID", "⟦uuid:acronis-client⟧")
CLIENT_SECRET = os.environ.get("ACRONIS_CLIENT_SECRET", "⟦b57a_acronis_client_secret:billing⟧")
PARTNER_TENANT = "⟦uuid:acronis-tenant⟧"

_token: dict | None = None


def token() -> str:
    global _token
    if _token and _token["expires_on"] - 60 > time.time():
        return _token["access_token"]
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        f"{DC_URL}/api/2/idp/token",
        headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"},
        data={"grant_type": "client_credentials"},
        timeout=30,
    )
    r.raise_for_status()
    _token = r.json()
    return _token["access_token"]


def get(path: str, **params):
    r = requests.get(f"{DC_URL}/api/2{path}", headers={"Authorization": f"Bearer {token()}"}, params=params, timeout=60)
    r.raise_for_status()
    return r.json()


def customer_tenants():
    return [t for t in get(f"/tenants/{PARTNER_TENANT}/children")["items"] if t["kind"] == "customer"]


def usage(tenant_id: str):
    return get("/tenants/usages", tenants=tenant_id)["items"][0]["usages"]


def main(out="acronis-usage-%s.csv" % dt.date.today().strftime("%Y-%m")):
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["customer", "offering_item", "usage_name", "value", "measurement_unit"])
        for t in customer_tenants():
            for u in usage(t["id"]):
                if u.get("value"):
                    w.writerow([t["name"], u.get("offering_item"), u["name"], u["value"], u.get("measurement_unit")])
    print("wrote", out)


if __name__ == "__main__":
    main()
