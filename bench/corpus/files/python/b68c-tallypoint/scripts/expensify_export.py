#!/usr/bin/env python3
"""One-off: export 2023 Expensify reports (before we moved to Ramp) for the audit binder.

Expensify Integration Server: requestJobDescription with partnerUserID/partnerUserSecret.
"""
import json
import sys

import requests

URL = "https://integrations.expensify.com/Integration-Server/ExpensifyIntegrations"

CREDS = {
    "partnerUserID": "⟦b48b_expensify_partner_user_id:tp⟧",
    "partnerUserSecret": "⟦b48b_expensify_partner_secret:tp⟧",
}

TEMPLATE = """<#list reports as report>
${report.reportID},${report.reportName},${report.submitted},${report.total}
</#list>"""


def export(start, end):
    job = {
        "type": "file",
        "credentials": CREDS,
        "onReceive": {"immediateResponse": ["returnRandomFileName"]},
        "inputSettings": {"type": "combinedReportData", "filters": {"startDate": start, "endDate": end}},
        "outputSettings": {"fileExtension": "csv"},
    }
    r = requests.post(URL, data={"requestJobDescription": json.dumps(job), "template": TEMPLATE}, timeout=120)
    r.raise_for_status()
    fname = r.text.strip()
    dl = {"type": "download", "credentials": CREDS, "fileName": fname, "fileSystem": "integrationServer"}
    r = requests.post(URL, data={"requestJobDescription": json.dumps(dl)}, timeout=120)
    return r.content


if __name__ == "__main__":
    sys.stdout.buffer.write(export("2023-01-01", "2023-12-31"))
