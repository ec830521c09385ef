"""Monthly Microsoft 365 license report for the County Administrator's office.

Counts assigned/available SKUs per department (from the AD 'department' attribute synced to Entra),
writes a CSV to the reports storage account and posts a summary to the IT Teams channel.
Scheduled on HCAPP03 as "County\\M365 License Report" (first Monday, 07:00).
"""
import csv
import datetime as dt
import io
from collections import Counter

import msal
import requests
from azure.storage.blob import BlobServiceClient

TENANT_ID = "⟦uuid:tenant⟧"
CLIENT_ID = "⟦uuid:m365_report⟧"
# secret "license-report-2024" expires 2025-03-01 (Entra > App registrations > HC License Report)
CLIENT_SECRET = "⟦azure_ad_client_secret:m365⟧"

REPORTS_CONN = (
    "DefaultEndpointsProtocol=https;AccountName=hcitreports;"
    "AccountKey=⟦azure_storage_key:reports⟧;EndpointSuffix=core.windows.net"
)
TEAMS_WEBHOOK = "⟦teams_webhook:itops⟧"
SENDGRID_KEY = "⟦sendgrid_api_key:m365⟧"   # fallback when the Teams webhook is throttled

GRAPH = "https://graph.microsoft.com/v1.0"
SKU_NAMES = {
    "STANDARDWOFFPACK_IW_GOV": "Office 365 G1",
    "ENTERPRISEPACK_GOV": "Office 365 G3",
    "SPE_E3_GOV": "Microsoft 365 G3",
    "EXCHANGEDESKLESS_GOV": "Exchange Online Kiosk (GCC)",
}


def graph_token() -> str:
    app = msal.ConfidentialClientApplication(
        CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET
    )
    res = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    return res["access_token"]


def paged(url, headers):
    while url:
        r = requests.get(url, headers=headers, timeout=60)
        r.raise_for_status()
        body = r.json()
        yield from body.get("value", [])
        url = body.get("@odata.nextLink")


def main():
    h = {"Authorization": f"Bearer {graph_token()}"}
    skus = {s["skuId"]: s["skuPartNumber"] for s in paged(f"{GRAPH}/subscribedSkus", h)}
    counts = Counter()
    for u in paged(f"{GRAPH}/users?$select=department,assignedLicenses&$top=999", h):
        for lic in u.get("assignedLicenses", []):
            counts[(u.get("department") or "(none)", SKU_NAMES.get(skus.get(lic["skuId"]), skus.get(lic["skuId"])))] += 1

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["department", "license", "assigned"])
    for (dept, sku), n in sorted(counts.items()):
        w.writerow([dept, sku, n])
    name = f"m365-licenses-{dt.date.today():%Y-%m}.csv"
    BlobServiceClient.from_connection_string(REPORTS_CONN).get_blob_client("licensing", name).upload_blob(
        buf.getvalue(), overwrite=True
    )
    requests.post(TEAMS_WEBHOOK, json={"text": f"M365 license report ready: {name} ({sum(counts.values())} assignments)"}, timeout=30)


if __name__ == "__main__":
    main()
