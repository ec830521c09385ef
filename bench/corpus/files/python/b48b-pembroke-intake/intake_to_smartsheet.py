"""Website enquiry -> Smartsheet "New Matter Intake" sheet + conflict check request.

Triggered by the Typeform webhook (Cloud Run service `pembroke-intake`). Each enquiry becomes a
row; the conflicts team works the sheet and flips "Conflict cleared" before a Clio matter is opened.
"""
import hashlib
import hmac
import base64
import os

import smartsheet
from flask import Flask, abort, request

app = Flask(__name__)

SHEET_ID = 4412903882614660
COLUMNS = {"name": 6112095284184964, "email": 3860295470499716, "matter_type": 8363895097870212,
           "opponent": 1045545703393156, "summary": 5549145330763652, "conflict_cleared": 3297345517078404}

# Token of intake-bot@pembrokelegal.co.uk (Personal Settings > API Access). Moved to Secret Manager
# in v2 - this default is only for `flask run` on the office Mac mini.
SMARTSHEET_TOKEN = os.environ.get("SMARTSHEET_ACCESS_TOKEN", "⟦b48b_smartsheet_token:intake⟧")
TYPEFORM_SECRET = os.environ["TYPEFORM_WEBHOOK_SECRET"].encode()
# personal token used by scripts/replay_missed.py to re-fetch responses when the webhook was down
TYPEFORM_TOKEN = os.environ.get("TYPEFORM_TOKEN", "⟦typeform_token:intake⟧")

client = smartsheet.Smartsheet(SMARTSHEET_TOKEN)
client.errors_as_exceptions(True)


def verify_typeform(raw: bytes, header: str | None) -> bool:
    digest = base64.b64encode(hmac.new(TYPEFORM_SECRET, raw, hashlib.sha256).digest()).decode()
    return header == f"sha256={digest}"


@app.post("/typeform")
def typeform():
    if not verify_typeform(request.get_data(), request.headers.get("Typeform-Signature")):
        abort(401)
    answers = {a["field"]["ref"]: a.get("text") or a.get("email") or a.get("choice", {}).get("label")
               for a in request.json["form_response"]["answers"]}
    row = smartsheet.models.Row()
    row.to_bottom = True
    for key, col in COLUMNS.items():
        if key == "conflict_cleared":
            row.cells.append({"column_id": col, "value": False})
        elif key in answers:
            row.cells.append({"column_id": col, "value": answers[key]})
    client.Sheets.add_rows(SHEET_ID, [row])
    return {"ok": True}
