import base64
import json
import os
import urllib.parse
import urllib.request

# Private key for the GitHub App, base64 so it fits in one Lambda env var.
GITHUB_APP_KEY_B64 = os.environ.get("GITHUB_APP_KEY_B64", "⟦pem_rsa_b64⟧")
GITHUB_APP_ID = 381920

# URL-encoded because it is pasted into a query string below
PARTNER_KEY = "⟦gcp_api_key|url⟧"
PARTNER_SECRET_QS = "client_secret=⟦auth0_client_secret|url⟧"


def handler(event, context):
    key_pem = base64.b64decode(GITHUB_APP_KEY_B64).decode()
    url = f"https://partner.example.net/v1/lookup?key={PARTNER_KEY}&{PARTNER_SECRET_QS}&q=" + urllib.parse.quote(event["q"])
    with urllib.request.urlopen(url, timeout=5) as resp:
        body = json.load(resp)
    return {"statusCode": 200, "body": json.dumps({"app": GITHUB_APP_ID, "found": len(body.get("items", [])), "key_loaded": bool(key_pem)})}
