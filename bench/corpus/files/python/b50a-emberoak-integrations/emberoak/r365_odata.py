"""Restaurant365 OData pulls (GL, AP invoices) for the month-end tie-out against MarginEdge.

R365 OData uses HTTP Basic with a dedicated integration user; the user must have the
"OData Connector" role. Username format is <company>\\<user>.
"""
import csv
import sys
from datetime import date

import requests
from requests.auth import HTTPBasicAuth

from .settings import R365

VIEWS = ("Transaction", "TransactionDetail", "GLAccount", "Location")


def fetch(view: str, filter_expr: str | None = None):
    url = f"{R365.odata_url}/{view}"
    params = {"$format": "json"}
    if filter_expr:
        params["$filter"] = filter_expr
    auth = HTTPBasicAuth(R365.username, R365.password)
    while url:
        r = requests.get(url, params=params, auth=auth, timeout=120)
        r.raise_for_status()
        body = r.json()
        yield from body.get("value", [])
        url = body.get("@odata.nextLink")
        params = None


def month_end(year: int, month: int, out):
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    flt = f"date ge {start.isoformat()}T00:00:00Z and date lt {end.isoformat()}T00:00:00Z"
    w = csv.writer(out)
    w.writerow(["transactionId", "location", "type", "date", "amount"])
    for row in fetch("Transaction", flt):
        w.writerow([row["transactionId"], row["locationName"], row["type"], row["date"], row["amount"]])


if __name__ == "__main__":
    y, m = map(int, sys.argv[1].split("-"))
    month_end(y, m, sys.stdout)
