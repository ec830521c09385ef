# Zapier "Code by Zapier" (Run Python) step — Zap: "Rosewood: Stripe payment → tag member in Mailchimp + Airtable"
# input_data keys mapped in the Zap editor: email, amount, product
# NB: Code steps can't use Zapier's stored connections, so the keys are pasted in here. ugh.
import hashlib

import requests

MAILCHIMP_KEY = "⟦mailchimp_api_key:rosewood⟧"
MAILCHIMP_LIST = "b1e2c3d4f5"
AIRTABLE_PAT = "⟦airtable_pat:zap⟧"
AIRTABLE_BASE = "⟦b55c_airtable_base_id:members⟧"

email = input_data["email"].strip().lower()
dc = MAILCHIMP_KEY.split("-")[-1]
member_hash = hashlib.md5(email.encode()).hexdigest()

tag = "founding-member" if input_data.get("product") == "Founding membership" else "class-pack"

r = requests.post(
    f"https://{dc}.api.mailchimp.com/3.0/lists/{MAILCHIMP_LIST}/members/{member_hash}/tags",
    auth=("anystring", MAILCHIMP_KEY),
    json={"tags": [{"name": tag, "status": "active"}]},
    timeout=10,
)

a = requests.post(
    f"https://api.airtable.com/v0/{AIRTABLE_BASE}/Members",
    headers={"Authorization": f"Bearer {AIRTABLE_PAT}"},
    json={"records": [{"fields": {"Email": email, "Tag": tag, "Amount": float(input_data.get("amount") or 0) / 100}}], "typecast": True},
    timeout=10,
)

output = {"mailchimp_status": r.status_code, "airtable_status": a.status_code, "tag": tag}
