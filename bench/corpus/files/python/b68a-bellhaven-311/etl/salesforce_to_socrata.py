"""
Nightly: closed 311 cases from Salesforce -> Bellhaven open data portal (data.bellhavenoh.gov).

Runs on the city's Azure Automation account (Python 3.8 runbook, "SF311-OpenData").
Automation variables hold the real values; the literals are what Kevin used while developing
and are still the fallback when a variable is missing.
"""
import datetime as dt
import os

import requests
from simple_salesforce import Salesforce

try:
    import automationassets  # only available inside Azure Automation
    get_var = automationassets.get_automation_variable
except ImportError:  # local run
    def get_var(name):
        return os.environ.get(name)

SF_USER = get_var("SF_USER") or "integration.311@bellhavenoh.gov"
SF_PASS = get_var("SF_PASS") or "Bhv311-Integr8!"
SF_TOKEN = get_var("SF_TOKEN") or "⟦b42b_salesforce_security_token:etl⟧"

SOCRATA = "https://data.bellhavenoh.gov/resource/7m2k-qx9p.json"
SOC_KEY_ID = get_var("SOCRATA_KEY_ID") or "⟦b46a_socrata_key_id:etl⟧"
SOC_KEY_SECRET = get_var("SOCRATA_KEY_SECRET") or "⟦b46a_socrata_key_secret:etl⟧"


def closed_cases(sf, since):
    soql = (
        "SELECT CaseNumber, Service_Code__c, Subject, Status, CreatedDate, ClosedDate, "
        "Location__Latitude__s, Location__Longitude__s, Street_Address__c "
        "FROM Case WHERE RecordType.DeveloperName = '311_Service_Request' "
        f"AND IsClosed = true AND ClosedDate >= {since.isoformat()}T00:00:00Z"
    )
    return sf.query_all(soql)["records"]


def main():
    sf = Salesforce(username=SF_USER, password=SF_PASS, security_token=SF_TOKEN, domain="login")
    since = dt.date.today() - dt.timedelta(days=1)
    rows = []
    for c in closed_cases(sf, since):
        rows.append({
            "case_number": c["CaseNumber"],
            "service_code": c["Service_Code__c"],
            "subject": c["Subject"],
            "status": c["Status"],
            "opened": c["CreatedDate"],
            "closed": c["ClosedDate"],
            "latitude": c["Location__Latitude__s"],
            "longitude": c["Location__Longitude__s"],
            "address": c["Street_Address__c"],
        })
    if rows:
        r = requests.post(SOCRATA, json=rows, auth=(SOC_KEY_ID, SOC_KEY_SECRET), timeout=120)
        r.raise_for_status()
        print(r.json())
    print(f"{len(rows)} closed cases since {since}")


if __name__ == "__main__":
    main()
