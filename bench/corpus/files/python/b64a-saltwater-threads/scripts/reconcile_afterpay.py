"""Monthly reconciliation: Afterpay settlements vs Stripe payouts vs Xero bank lines.

Run by Jess at month end:  python scripts/reconcile_afterpay.py 2024-02
"""
import csv
import sys
from collections import defaultdict
from decimal import Decimal

import requests
import stripe

AFTERPAY = "https://global-api.afterpay.com/v2"
AFTERPAY_AUTH = ("⟦b64a_afterpay_merchant_id:recon⟧", "⟦b64a_afterpay_secret_key:recon⟧")

# restricted key: read-only on balance transactions + payouts
stripe.api_key = "⟦stripe_restricted_live:recon⟧"

UA = "SaltwaterThreads/3.2 (Python; Merchant recon) https://www.saltwaterthreads.com.au"


def afterpay_payments(month: str):
    token = None
    while True:
        params = {"fromCreatedDate": f"{month}-01T00:00:00Z", "limit": 250}
        if token:
            params["offset"] = token
        r = requests.get(f"{AFTERPAY}/payments", params=params, auth=AFTERPAY_AUTH, headers={"User-Agent": UA}, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body["results"]
        if len(body["results"]) < 250:
            return
        token = (token or 0) + 250


def stripe_payouts(month: str):
    import datetime as dt
    start = int(dt.datetime.fromisoformat(f"{month}-01").timestamp())
    return stripe.Payout.list(created={"gte": start}, limit=100).auto_paging_iter()


def main(month: str) -> None:
    by_day = defaultdict(lambda: {"afterpay": Decimal(0), "stripe": Decimal(0)})
    for p in afterpay_payments(month):
        if p["status"] == "APPROVED":
            by_day[p["created"][:10]]["afterpay"] += Decimal(p["originalAmount"]["amount"])
    for po in stripe_payouts(month):
        day = __import__("datetime").datetime.utcfromtimestamp(po.arrival_date).date().isoformat()
        by_day[day]["stripe"] += Decimal(po.amount) / 100
    with open(f"recon-{month}.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "afterpay_gross", "stripe_payouts"])
        for day in sorted(by_day):
            w.writerow([day, by_day[day]["afterpay"], by_day[day]["stripe"]])
    print(f"wrote recon-{month}.csv ({len(by_day)} days)")


if __name__ == "__main__":
    main(sys.argv[1])
