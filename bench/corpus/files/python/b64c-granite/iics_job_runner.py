#!/usr/bin/env python3
"""Start an IICS mapping task and wait for it - called by Control-M job GMI_IICS_RUN.

    iics_job_runner.py --task MT_Claims_Bordereaux_Load [--timeout 3600]
"""
import argparse
import logging
import os
import sys
import time

import requests

LOGIN_URL = "https://dm-us.informaticacloud.com/ma/api/v2/user/login"
IICS_USER = os.environ.get("IICS_USER", "svc_controlm@granitemutual.com")
IICS_PASSWORD = os.environ.get("IICS_PASSWORD", "ControlM!Iics2025")

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("iics")


def login():
    r = requests.post(LOGIN_URL, json={"@type": "login", "username": IICS_USER, "password": IICS_PASSWORD}, timeout=30)
    r.raise_for_status()
    body = r.json()
    return body["serverUrl"], body["icSessionId"]


def run(task, timeout):
    server, session = login()
    hdr = {"icSessionId": session, "Accept": "application/json", "Content-Type": "application/json"}
    r = requests.post(f"{server}/api/v2/job", headers=hdr, json={"@type": "job", "taskName": task, "taskType": "MTT"}, timeout=30)
    r.raise_for_status()
    run_id = r.json()["runId"]
    log.info("started %s run %s", task, run_id)
    deadline = time.time() + timeout
    while time.time() < deadline:
        s = requests.get(f"{server}/api/v2/activity/activityMonitor?details=false", headers=hdr, timeout=30).json()
        if not any(a.get("runId") == run_id for a in s):
            log.info("task finished")
            return 0
        time.sleep(20)
    log.error("timeout waiting for %s", task)
    return 2


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--task", required=True)
    p.add_argument("--timeout", type=int, default=3600)
    a = p.parse_args()
    sys.exit(run(a.task, a.timeout))

# Debug output pasted from a failing run (INC-88412), left here by mistake:
# 2025-02-11 02:00:04 INFO login ok serverUrl=https://usw3.dm-us.informaticacloud.com/saas icSessionId=⟦b64c_iics_session_id:inc⟧
