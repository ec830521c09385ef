#!/usr/bin/env python3
"""Ask Airwallex for an indicative FX quote. Used by the support team to answer
"why did my payout get this rate" tickets.

    python airwallex_fx_quote.py USD MXN 2500
"""
import os
import sys

import httpx

BASE = os.getenv("AIRWALLEX_BASE_URL", "https://api.airwallex.com")
CLIENT_ID = os.getenv("AIRWALLEX_CLIENT_ID", "⟦b61b_airwallex_client_id⟧")
API_KEY = os.getenv("AIRWALLEX_API_KEY", "⟦b61b_airwallex_api_key⟧")


def login(client: httpx.Client) -> str:
    r = client.post(f"{BASE}/api/v1/authentication/login", headers={"x-client-id": CLIENT_ID, "x-api-key": API_KEY})
    r.raise_for_status()
    return r.json()["token"]


def quote(sell: str, buy: str, amount: str) -> dict:
    with httpx.Client(timeout=10) as c:
        token = login(c)
        r = c.get(
            f"{BASE}/api/v1/fx/rates/current",
            params={"sell_currency": sell, "buy_currency": buy, "sell_amount": amount},
            headers={"Authorization": f"Bearer {token}"},
        )
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    q = quote(*sys.argv[1:])
    print(f"{q['currency_pair']}: {q['client_rate']} (valid until {q.get('rate_details', [{}])[0].get('valid_to', '?')})")
