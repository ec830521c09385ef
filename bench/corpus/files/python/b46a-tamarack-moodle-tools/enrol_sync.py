#!/usr/bin/env python3
"""Push Banner section enrolments into Moodle via web services (enrol_manual_enrol_users).

Runs every 30 min on lms-util01 from cron. See README for the Banner view definitions.
"""
import argparse
import logging
import sys

import oracledb
import requests

MOODLE_URL = "https://learn.tamarack.edu/webservice/rest/server.php"
# token for the "Banner Enrol Sync" external service, user: ws_bannersync
WS_TOKEN = "⟦b46a_moodle_ws_token:enrol⟧"

BANNER_DSN = "banner-db.tamarack.edu:1521/PROD"
BANNER_USER = "lms_extract"
BANNER_PASSWORD = "⟦db_password:banner⟧"

STUDENT_ROLE_ID = 5
log = logging.getLogger("enrol_sync")


def moodle(function, **params):
    params.update({"wstoken": WS_TOKEN, "wsfunction": function, "moodlewsrestformat": "json"})
    r = requests.post(MOODLE_URL, data=params, timeout=60)
    r.raise_for_status()
    body = r.json()
    if isinstance(body, dict) and body.get("exception"):
        raise RuntimeError(f"{function}: {body['errorcode']} {body['message']}")
    return body


def banner_enrolments(term):
    with oracledb.connect(user=BANNER_USER, password=BANNER_PASSWORD, dsn=BANNER_DSN) as conn:
        cur = conn.cursor()
        cur.execute(
            "select crn, pidm_username, status from tsu_lms.v_enrolments where term_code = :t",
            t=term,
        )
        yield from cur


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--term", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    courses = {c["idnumber"]: c["id"] for c in moodle("core_course_get_courses") if c.get("idnumber")}
    batch = []
    for crn, username, status in banner_enrolments(args.term):
        cid = courses.get(f"{args.term}.{crn}")
        if not cid or status != "RE":
            continue
        users = moodle("core_user_get_users_by_field", field="username", **{"values[0]": username})
        if users:
            batch.append({"roleid": STUDENT_ROLE_ID, "userid": users[0]["id"], "courseid": cid})
    log.info("%d enrolments to push", len(batch))
    if args.dry_run or not batch:
        return 0
    payload = {}
    for i, e in enumerate(batch):
        for k, v in e.items():
            payload[f"enrolments[{i}][{k}]"] = v
    moodle("enrol_manual_enrol_users", **payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
