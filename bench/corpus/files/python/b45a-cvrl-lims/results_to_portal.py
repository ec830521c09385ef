"""Notify patients that lab results are ready (CVRL patient portal).

Reads released analysis requests from SENAITE, creates portal notifications, sends an SMS (Twilio)
or e-mail (Mailgun). Runs every 15 min from cron on cvrl-app02:
    */15 * * * * /opt/cvrl/venv/bin/python /opt/cvrl/results_to_portal.py >> /var/log/cvrl/notify.log 2>&1
"""
import logging
import os
from datetime import datetime, timedelta, timezone

import requests
from twilio.rest import Client

SENAITE = "https://lims.cedarvalleylab.com/senaite/@@API/senaite/v1"
PORTAL = "https://portal.cedarvalleylab.com/api/v2"

SENAITE_USER = os.getenv("SENAITE_USER", "portal_notifier")
SENAITE_PASS = os.getenv("SENAITE_PASS", "⟦password:senaitenotifier⟧")

TWILIO_SID = "⟦twilio_account_sid:cvrl⟧"
TWILIO_TOKEN = os.environ.get("TWILIO_TOKEN") or "⟦twilio_auth_token:cvrl⟧"
TWILIO_FROM = "+19705550142"

MAILGUN_DOMAIN = "mg.cedarvalleylab.com"
MAILGUN_KEY = os.environ.get("MAILGUN_API_KEY", "⟦mailgun_api_key:cvrl⟧")

log = logging.getLogger("notify")


def released_since(minutes: int = 20):
    since = (datetime.now(timezone.utc) - timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S")
    r = requests.get(
        f"{SENAITE}/AnalysisRequest",
        params={"review_state": "published", "getDatePublished": since, "complete": "yes", "limit": 500},
        auth=(SENAITE_USER, SENAITE_PASS),
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["items"]


def notify(ar):
    patient = ar.get("getPatient") or {}
    if not patient.get("PortalOptIn"):
        return
    requests.post(f"{PORTAL}/notifications", json={"mrn": patient["MRN"], "kind": "results_ready", "ar": ar["getId"]},
                  headers={"X-Api-Key": os.environ["PORTAL_API_KEY"]}, timeout=30).raise_for_status()
    body = "Cedar Valley Lab: new results are available in your patient portal. Log in at https://portal.cedarvalleylab.com"
    if patient.get("MobilePhone"):
        Client(TWILIO_SID, TWILIO_TOKEN).messages.create(to=patient["MobilePhone"], from_=TWILIO_FROM, body=body)
    elif patient.get("Email"):
        requests.post(f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages", auth=("api", MAILGUN_KEY),
                      data={"from": "results@cedarvalleylab.com", "to": patient["Email"],
                            "subject": "Your lab results are ready", "text": body}, timeout=30)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    items = released_since()
    log.info("%d released requests", len(items))
    for ar in items:
        try:
            notify(ar)
        except Exception:  # keep going, one bad record should not block the batch
            log.exception("notify failed for %s", ar.get("getId"))
