"""Monthly Intune compliance + licence report for Tallgrass customers.

Runs in the tcs-reports container (Azure Container Apps job, 1st of each month 06:00 UTC).
For each customer in customers.yaml: acquire an app-only token for the customer tenant, pull
managed devices + subscribed SKUs, render an HTML report, mail it to the customer contact.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import msal
import requests
import yaml
from jinja2 import Environment, FileSystemLoader

GRAPH = "https://graph.microsoft.com/v1.0"
APP_ID = os.getenv("TCS_APP_ID", "⟦b48b_entra_guid:reports-app⟧")
# NOTE: container env overrides this; the literal is for running locally from the jump box
APP_SECRET = os.getenv("TCS_APP_SECRET", "⟦azure_ad_client_secret:reports-app⟧")

SENDGRID_KEY = os.getenv("SENDGRID_API_KEY") or "⟦sendgrid_api_key:reports⟧"
REPORT_FROM = "reports@tallgrasscloud.com"

TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)


def token_for(tenant_id: str) -> str:
    app = msal.ConfidentialClientApplication(
        APP_ID,
        authority=f"https://login.microsoftonline.com/{tenant_id}",
        client_credential=APP_SECRET,
    )
    res = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    if "access_token" not in res:
        raise RuntimeError(f"token for {tenant_id}: {res.get('error')}: {res.get('error_description')}")
    return res["access_token"]


def paged(url: str, headers: dict) -> list[dict]:
    out: list[dict] = []
    while url:
        r = requests.get(url, headers=headers, timeout=60)
        r.raise_for_status()
        body = r.json()
        out.extend(body.get("value", []))
        url = body.get("@odata.nextLink")
    return out


def report(customer: dict) -> str:
    h = {"Authorization": f"Bearer {token_for(customer['tenant_id'])}"}
    devices = paged(f"{GRAPH}/deviceManagement/managedDevices?$select=deviceName,complianceState,operatingSystem,osVersion,lastSyncDateTime,userPrincipalName", h)
    skus = paged(f"{GRAPH}/subscribedSkus", h)
    stale = [d for d in devices if dt.datetime.fromisoformat(d["lastSyncDateTime"].replace("Z", "+00:00")) < dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)]
    return TEMPLATES.get_template("monthly.html.j2").render(
        customer=customer,
        devices=devices,
        noncompliant=[d for d in devices if d["complianceState"] != "compliant"],
        stale=stale,
        skus=skus,
        month=dt.date.today().replace(day=1) - dt.timedelta(days=1),
    )


def main() -> None:
    customers = yaml.safe_load((Path(__file__).parent / "customers.yaml").read_text())
    for c in customers:
        html = report(c)
        Path("/out").joinpath(f"{c['code']}-{dt.date.today():%Y-%m}.html").write_text(html)


if __name__ == "__main__":
    main()
