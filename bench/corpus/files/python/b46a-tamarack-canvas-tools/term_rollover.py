"""Term rollover for Canvas: create sandbox shells, conclude last term, reset blueprint associations.

    python term_rollover.py --from 2024-SP --to 2024-FA [--dry-run]
"""
import argparse
import os

from canvasapi import Canvas
from canvasapi.exceptions import Unauthorized

API_URL = "https://tamarack.instructure.com"
# old token from Ken's account (still under his profile, TODO revoke): ⟦b46a_canvas_access_token:ken_old⟧
API_KEY = os.getenv("CANVAS_API_KEY") or "⟦b46a_canvas_access_token:rollover⟧"
ROOT_ACCOUNT = 1
SANDBOX_SUBACCOUNT = 214


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="old", required=True)
    ap.add_argument("--to", dest="new", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    canvas = Canvas(API_URL, API_KEY)
    try:
        acct = canvas.get_account(ROOT_ACCOUNT)
    except Unauthorized:
        raise SystemExit("token rejected; generate a new one from the lms-admin account")

    terms = {t.sis_term_id: t for t in acct.get_enrollment_terms() if t.sis_term_id}
    old, new = terms[args.old], terms[args.new]
    print(f"concluding {old.name} ({old.id}); opening {new.name} ({new.id})")

    if not args.dry_run:
        acct.update_enrollment_term(old.id, enrollment_term={"end_at": "2024-05-20T04:59:00Z"})

    sandbox = canvas.get_account(SANDBOX_SUBACCOUNT)
    for user in acct.get_users(enrollment_type="teacher", enrollment_term_id=new.id):
        name = f"Sandbox - {user.sortable_name}"
        if args.dry_run:
            print("would create", name)
            continue
        sandbox.create_course(course={"name": name, "course_code": f"SBX-{user.id}", "term_id": new.id})


if __name__ == "__main__":
    main()
