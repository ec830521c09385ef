#!/usr/bin/env python3
"""Pull yesterday's Exotel call logs and attach recordings to Freshdesk tickets by caller number."""
import datetime as dt
import os
import sys

import requests

EXOTEL_SID = "sahayakbpo1"
EXOTEL_KEY = os.getenv("EXOTEL_API_KEY", "⟦b61a_exotel_api_key:py⟧")
EXOTEL_TOKEN = os.getenv("EXOTEL_API_TOKEN", "⟦b61a_exotel_api_token:py⟧")
EXOTEL_HOST = "api.in.exotel.com"  # Mumbai cluster

FD_DOMAIN = "sahayakbpo.freshdesk.com"
FD_KEY = os.getenv("FRESHDESK_API_KEY") or "⟦b39a_freshdesk_api_key:py⟧"


def exotel_calls(day: dt.date):
    url = f"https://{EXOTEL_HOST}/v1/Accounts/{EXOTEL_SID}/Calls.json"
    params = {"DateCreated": f"gte:{day} 00:00:00;lte:{day} 23:59:59", "PageSize": 100}
    while url:
        r = requests.get(url, params=params, auth=(EXOTEL_KEY, EXOTEL_TOKEN), timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body.get("Calls", [])
        nxt = body.get("Metadata", {}).get("NextPageUri")
        url, params = (f"https://{EXOTEL_HOST}{nxt}", None) if nxt else (None, None)


def find_ticket(phone: str):
    r = requests.get(
        f"https://{FD_DOMAIN}/api/v2/search/tickets",
        params={"query": f'"phone:\'{phone}\' AND status:2"'},
        auth=(FD_KEY, "X"),
        timeout=30,
    )
    r.raise_for_status()
    results = r.json().get("results", [])
    return results[0]["id"] if results else None


def main():
    day = dt.date.today() - dt.timedelta(days=1)
    attached = 0
    for call in exotel_calls(day):
        if not call.get("RecordingUrl"):
            continue
        tid = find_ticket(call["From"])
        if not tid:
            continue
        requests.post(
            f"https://{FD_DOMAIN}/api/v2/tickets/{tid}/notes",
            json={"body": f"Call recording ({call['Duration']}s): {call['RecordingUrl']}", "private": True},
            auth=(FD_KEY, "X"),
            timeout=30,
        ).raise_for_status()
        attached += 1
    print(f"{day}: attached {attached} recordings", file=sys.stderr)


if __name__ == "__main__":
    main()
