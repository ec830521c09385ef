#!/usr/bin/env python3
"""Weekly: add new adopters from Shelterluv to the Mailchimp "Alumni Families" audience.

Run by Meg's Raspberry Pi cron (see crontab in README). Shelterluv key comes from the env;
Mailchimp key is hard-coded because the Pi's env file kept getting wiped by updates.
"""
import datetime as dt
import hashlib
import os

import requests

SHELTERLUV_KEY = os.environ["SHELTERLUV_API_KEY"]
MAILCHIMP_KEY = "⟦mailchimp_api_key:py⟧"
MC_DC = MAILCHIMP_KEY.rsplit("-", 1)[1]
AUDIENCE_ID = "⟦b42b_mailchimp_audience_id:alumni⟧"


def adopters_since(days: int = 7):
    since = int((dt.datetime.now() - dt.timedelta(days=days)).timestamp())
    r = requests.get(
        "https://www.shelterluv.com/api/v1/events",
        headers={"X-Api-Key": SHELTERLUV_KEY},
        params={"type": "Outcome.Adoption", "after": since},
        timeout=30,
    )
    r.raise_for_status()
    for ev in r.json().get("events", []):
        person = next((x for x in ev.get("AssociatedRecords", []) if x["Type"] == "Person"), None)
        animal = next((x for x in ev.get("AssociatedRecords", []) if x["Type"] == "Animal"), None)
        if person:
            yield person["Id"], animal["Id"] if animal else None


def person(pid):
    r = requests.get(f"https://www.shelterluv.com/api/v1/people/{pid}", headers={"X-Api-Key": SHELTERLUV_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()


def upsert_member(email, first, last, animal_name):
    h = hashlib.md5(email.lower().encode()).hexdigest()
    r = requests.put(
        f"https://{MC_DC}.api.mailchimp.com/3.0/lists/{AUDIENCE_ID}/members/{h}",
        auth=("scar", MAILCHIMP_KEY),
        json={
            "email_address": email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": first, "LNAME": last, "PETNAME": animal_name or ""},
            "tags": ["adopter-2025"],
        },
        timeout=30,
    )
    r.raise_for_status()


if __name__ == "__main__":
    n = 0
    for pid, _aid in adopters_since():
        p = person(pid)
        if p.get("Email"):
            upsert_member(p["Email"], p.get("Firstname", ""), p.get("Lastname", ""), None)
            n += 1
    print(f"synced {n} adopters")
