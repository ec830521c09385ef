"""
LinkedIn Conversions API uploader + token refresher for the Kelp & Co. B2B account.

LinkedIn member tokens last 60 days; programmatic refresh tokens 365 days. The cron job calls
`refresh()` weekly and writes the new access token to Secret Manager -- in theory. The literal
values below are from the initial OAuth dance and were meant to be temporary.
"""
import time

import requests

CLIENT_ID = "86v1q2k3rxw9zt"
CLIENT_SECRET = "⟦b39b_linkedin_client_secret⟧"
ACCESS_TOKEN = "⟦b46b_linkedin_access_token⟧"
REFRESH_TOKEN = "⟦b46b_linkedin_refresh_token⟧"

AD_ACCOUNT_URN = "urn:li:sponsoredAccount:508213377"
CONVERSION_RULE_URN = "urn:lla:llaPartnerConversion:14402361"
HEADERS = {
    "Authorization": f"Bearer {ACCESS_TOKEN}",
    "LinkedIn-Version": "202404",
    "X-Restli-Protocol-Version": "2.0.0",
    "Content-Type": "application/json",
}


def refresh() -> dict:
    r = requests.post(
        "https://www.linkedin.com/oauth/v2/accessToken",
        data={
            "grant_type": "refresh_token",
            "refresh_token": REFRESH_TOKEN,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


def upload(events: list[dict]) -> None:
    elements = [
        {
            "conversion": CONVERSION_RULE_URN,
            "conversionHappenedAt": int(e["ts"] * 1000),
            "conversionValue": {"currencyCode": "USD", "amount": str(e["value"])},
            "user": {"userIds": [{"idType": "SHA256_EMAIL", "idValue": e["email_sha256"]}]},
            "eventId": e["id"],
        }
        for e in events
    ]
    r = requests.post(
        "https://api.linkedin.com/rest/conversionEvents",
        headers={**HEADERS, "X-RestLi-Method": "BATCH_CREATE"},
        json={"elements": elements},
        timeout=60,
    )
    r.raise_for_status()


if __name__ == "__main__":
    print(refresh()["expires_in"], int(time.time()))
