"""Upload a JUnit result file to TestRail and open Jira bugs for new HIL failures.

    python tools/testrail_upload.py --run nightly --results results.xml
"""
import argparse
import os
import xml.etree.ElementTree as ET

import requests

TESTRAIL_URL = os.environ.get("TESTRAIL_URL", "https://orchard.testrail.io")
TESTRAIL_USER = os.environ.get("TESTRAIL_USER", "hil-bot@orchard-instruments.com")
TESTRAIL_API_KEY = os.environ.get("TESTRAIL_API_KEY", "⟦generic_api_key_alnum40:testrail|slice=0-30⟧")
PROJECT_ID = 7
SUITE_ID = 112

JIRA_URL = "https://orchard-instruments.atlassian.net"
JIRA_USER = "hil-bot@orchard-instruments.com"
JIRA_TOKEN = "⟦atlassian_api_token⟧"

STATUS = {"passed": 1, "failed": 5, "skipped": 2}


def tr(method, path, **kw):
    r = requests.request(method, f"{TESTRAIL_URL}/index.php?/api/v2/{path}",
                         auth=(TESTRAIL_USER, TESTRAIL_API_KEY), timeout=30, **kw)
    r.raise_for_status()
    return r.json()


def parse(results_path):
    for case in ET.parse(results_path).getroot().iter("testcase"):
        status = "failed" if case.find("failure") is not None else "skipped" if case.find("skipped") is not None else "passed"
        yield f"{case.get('classname')}::{case.get('name')}", status, float(case.get("time", 0))


def open_bug(title, body):
    requests.post(f"{JIRA_URL}/rest/api/3/issue", auth=(JIRA_USER, JIRA_TOKEN), timeout=30, json={
        "fields": {"project": {"key": "BMS"}, "issuetype": {"name": "Bug"}, "summary": title,
                   "labels": ["hil", "nightly"], "description": {"type": "doc", "version": 1, "content": [
                       {"type": "paragraph", "content": [{"type": "text", "text": body}]}]}}})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--results", required=True)
    a = ap.parse_args()
    run = tr("POST", f"add_run/{PROJECT_ID}", json={"suite_id": SUITE_ID, "name": f"HIL {a.run}", "include_all": True})
    cases = {c["title"]: c["id"] for c in tr("GET", f"get_cases/{PROJECT_ID}&suite_id={SUITE_ID}")["cases"]}
    results = []
    for title, status, secs in parse(a.results):
        if title in cases:
            results.append({"case_id": cases[title], "status_id": STATUS[status], "elapsed": f"{max(1, int(secs))}s"})
        if status == "failed":
            open_bug(f"[HIL] {title} failed in {a.run}", f"TestRail run {run['id']}")
    tr("POST", f"add_results_for_cases/{run['id']}", json={"results": results})


if __name__ == "__main__":
    main()
