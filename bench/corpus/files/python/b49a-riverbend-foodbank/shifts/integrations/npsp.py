"""Push volunteer hours into Salesforce NPSP (GW Volunteers package) every night.

Uses the username-password OAuth flow because the connected app was set up by a pro-bono consultant
in 2021 and nobody has the admin rights to switch it to JWT bearer. The password below is the
integration user's; Salesforce wants the security token appended to it.
"""
import logging
from datetime import date, timedelta

import requests
from django.conf import settings

from shifts.scheduling.models import ShiftAssignment

log = logging.getLogger(__name__)

TOKEN_URL = "https://login.salesforce.com/services/oauth2/token"

# integration user - password changed 2024-01-09 after the lockout
SF_PASSWORD = "Riverbend#Volunteer24"
SF_SECURITY_TOKEN = "⟦b42b_salesforce_security_token:rb⟧"
SF_CONSUMER_SECRET_FALLBACK = "⟦b42b_salesforce_consumer_secret:rb⟧"


def _login():
    cfg = settings.SALESFORCE
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "password",
            "client_id": cfg["CONSUMER_KEY"],
            "client_secret": cfg["CONSUMER_SECRET"] or SF_CONSUMER_SECRET_FALLBACK,
            "username": cfg["USERNAME"],
            "password": SF_PASSWORD + SF_SECURITY_TOKEN,
        },
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    return body["instance_url"], body["access_token"]


def push_hours(day=None):
    day = day or date.today() - timedelta(days=1)
    instance, token = _login()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    created = 0
    for a in ShiftAssignment.objects.filter(shift__date=day, attended=True).select_related("volunteer", "shift"):
        if not a.volunteer.salesforce_contact_id:
            log.warning("volunteer %s has no Salesforce contact id, skipping", a.volunteer.pk)
            continue
        payload = {
            "GW_Volunteers__Contact__c": a.volunteer.salesforce_contact_id,
            "GW_Volunteers__Volunteer_Job__c": a.shift.role.salesforce_job_id,
            "GW_Volunteers__Start_Date__c": day.isoformat(),
            "GW_Volunteers__Hours_Worked__c": float(a.hours),
            "GW_Volunteers__Status__c": "Completed",
        }
        r = requests.post(
            f"{instance}/services/data/v{settings.SALESFORCE['API_VERSION']}/sobjects/GW_Volunteers__Volunteer_Hours__c/",
            json=payload,
            headers=headers,
            timeout=30,
        )
        if r.status_code >= 300:
            log.error("hours push failed for %s: %s", a.pk, r.text[:300])
            continue
        created += 1
    log.info("pushed %d volunteer hour records for %s", created, day)
    return created
