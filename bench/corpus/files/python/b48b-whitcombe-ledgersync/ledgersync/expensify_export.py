"""Pull approved Expensify reports for client entities and post them as QBO bills.

The Integration Server takes one form field, requestJobDescription, holding JSON with the
credentials inline; there is no header-based auth.
"""
import json
import logging

import requests

from .settings import settings

log = logging.getLogger(__name__)
URL = "https://integrations.expensify.com/Integration-Server/ExpensifyIntegrations"

TEMPLATE = """<#list reports as report><#list report.transactionList as expense>${report.reportID},${report.policyName},${expense.merchant},${expense.amount},${expense.category}
</#list></#list>"""


def _job(job_type: str, **extra) -> dict:
    return {
        "type": job_type,
        "credentials": {
            "partnerUserID": settings.expensify.partner_user_id,
            "partnerUserSecret": settings.expensify.partner_user_secret,
        },
        **extra,
    }


def export_approved(policy_ids: list[str], start: str) -> str:
    job = _job(
        "file",
        onReceive={"immediateResponse": ["returnRandomFileName"]},
        inputSettings={"type": "combinedReportData", "filters": {"startDate": start, "policyIDList": ",".join(policy_ids)}, "reportState": "APPROVED"},
        outputSettings={"fileExtension": "csv"},
    )
    resp = requests.post(URL, data={"requestJobDescription": json.dumps(job), "template": TEMPLATE}, timeout=60)
    resp.raise_for_status()
    return resp.text


def download(file_name: str) -> str:
    job = _job("download", fileName=file_name, fileSystem="integrationServer")
    return requests.post(URL, data={"requestJobDescription": json.dumps(job)}, timeout=60).text


if __name__ == "__main__":
    # manual run from a laptop:  python -m ledgersync.expensify_export
    # (credentials of the controller account, pasted while debugging WT-IT-131)
    debug_job = {
        "type": "get",
        "credentials": {"partnerUserID": "⟦b48b_expensify_partner_user_id:ctl⟧", "partnerUserSecret": "⟦b48b_expensify_partner_secret:ctl⟧"},
        "inputSettings": {"type": "policyList"},
    }
    print(requests.post(URL, data={"requestJobDescription": json.dumps(debug_job)}, timeout=60).text)
