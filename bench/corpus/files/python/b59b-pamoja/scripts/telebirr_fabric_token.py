"""Quick check that telebirr fabric credentials work (run from the bastion).

Ethio telecom's gateway wants X-APP-Key = fabricAppId and appSecret in the body.
"""
import json
import ssl
import urllib.request

BASE = "https://developerportal.ethiotelebirr.et:38443/apiaccess/payment/gateway"
FABRIC_APP_ID = "⟦b59b_telebirr_fabric_app_id:script⟧"
APP_SECRET = "⟦b59b_telebirr_app_secret:script⟧"

ctx = ssl.create_default_context()
ctx.check_hostname = False          # their UAT cert doesn't match the host (known issue)
ctx.verify_mode = ssl.CERT_NONE

req = urllib.request.Request(
    f"{BASE}/payment/v1/token",
    data=json.dumps({"appSecret": APP_SECRET}).encode(),
    headers={"Content-Type": "application/json", "X-APP-Key": FABRIC_APP_ID},
    method="POST",
)
with urllib.request.urlopen(req, context=ctx, timeout=20) as res:
    body = json.load(res)
    print("token ok, expires", body.get("expirationDate"))
