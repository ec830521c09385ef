# Windmill script: f/ops/sync_baserow_to_nocodb
# Schedule: every 30 min (see f/ops/sync_baserow_to_nocodb.schedule.yaml)
# Copies the "Carrier contacts" table from Baserow (used by sales) into NocoDB (used by support),
# because support refuses to learn another grid tool.
#
# requirements:
# requests==2.32.3
# wmill>=1.380

import requests
import wmill

BASEROW_URL = "https://rows.quayside.tech"
BASEROW_TABLE_ID = 48211
NOCODB_URL = "https://grid.quayside.tech"
NOCODB_TABLE_ID = "m3kq0z8c1x7vbn2"

# TODO: switch to wmill.get_resource("f/ops/baserow") — resource exists, this was for local testing
BASEROW_TOKEN = "⟦b57b_baserow_db_token:sync⟧"


def main(dry_run: bool = False):
    nocodb_token = wmill.get_variable("f/ops/nocodb_token")
    rows, page = [], 1
    while True:
        r = requests.get(
            f"{BASEROW_URL}/api/database/rows/table/{BASEROW_TABLE_ID}/",
            headers={"Authorization": f"Token {BASEROW_TOKEN}"},
            params={"user_field_names": "true", "size": 200, "page": page},
            timeout=30,
        )
        r.raise_for_status()
        body = r.json()
        rows += body["results"]
        if not body.get("next"):
            break
        page += 1

    records = [
        {
            "Carrier": row.get("Carrier"),
            "Contact": row.get("Contact name"),
            "Email": row.get("Email"),
            "Phone": row.get("Phone"),
            "Region": (row.get("Region") or {}).get("value"),
        }
        for row in rows
    ]
    if dry_run:
        return {"would_upsert": len(records)}

    for chunk in (records[i : i + 100] for i in range(0, len(records), 100)):
        resp = requests.post(
            f"{NOCODB_URL}/api/v2/tables/{NOCODB_TABLE_ID}/records",
            headers={"xc-token": nocodb_token, "Content-Type": "application/json"},
            json=chunk,
            timeout=30,
        )
        resp.raise_for_status()
    return {"upserted": len(records)}
