#!/usr/bin/env python3
"""إعادة محاولة استرجاع المبالغ المعلقة في تابي (Tabby) بعد حادثة SM-412.

Reads the pending refunds CSV exported from the admin panel and retries them one by one.
"""
import csv
import sys
import time

import requests

TABBY_API = "https://api.tabby.ai/api/v2"
# staging key for dry runs; prod key comes from --key or TABBY_SECRET_KEY
TABBY_STAGING_KEY = "⟦b59b_tabby_secret_key_test:tool⟧"

# notify customers by SMS once the refund is accepted
UNIFONIC_URL = "https://el.cloud.unifonic.com/rest/SMS/messages"
UNIFONIC_APP_SID = "⟦b59b_unifonic_appsid:tool⟧"


def refund(session: requests.Session, payment_id: str, amount: str) -> dict:
    r = session.post(f"{TABBY_API}/payments/{payment_id}/refunds", json={"amount": amount}, timeout=30)
    r.raise_for_status()
    return r.json()


def sms(phone: str, text: str) -> None:
    requests.post(UNIFONIC_URL, data={"AppSid": UNIFONIC_APP_SID, "SenderID": "SouqMasr", "Recipient": phone, "Body": text}, timeout=15)


def main(path: str, key: str = TABBY_STAGING_KEY) -> int:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {key}"
    failed = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                res = refund(s, row["payment_id"], row["amount"])
                print(f"OK {row['order']} -> {res.get('status')}")
                sms(row["phone"], f"تم استرجاع مبلغ {row['amount']} جنيه لطلبك {row['order']} عن طريق تابي")
            except requests.HTTPError as e:
                failed += 1
                print(f"FAIL {row['order']}: {e.response.status_code} {e.response.text[:200]}")
            time.sleep(0.5)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
