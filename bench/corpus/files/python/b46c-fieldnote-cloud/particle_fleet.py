"""FT-3 (Particle Boron) fleet helpers: claim devices into the product and push firmware to groups.

Auth: product-scoped OAuth client (Particle console > Authentication) -> short-lived access token.
"""
import requests

PARTICLE_API = "https://api.particle.io"
PRODUCT_ID = 29417
# OAuth client "fieldnote-fleet" (type: two-legged, scope: product 29417)
OAUTH_CLIENT_ID = "fieldnote-fleet-9213"
OAUTH_CLIENT_SECRET = "⟦b39c_particle_token:oauth⟧"
# personal token of firmware@ kept as a fallback when the OAuth client is rate limited
FALLBACK_TOKEN = "⟦b39c_particle_token:fallback⟧"


def access_token() -> str:
    r = requests.post(f"{PARTICLE_API}/oauth/token", auth=(OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET),
                      data={"grant_type": "client_credentials", "expires_in": 3600}, timeout=15)
    if r.status_code == 429:
        return FALLBACK_TOKEN
    r.raise_for_status()
    return r.json()["access_token"]


def import_devices(device_ids):
    tok = access_token()
    r = requests.post(f"{PARTICLE_API}/v1/products/{PRODUCT_ID}/devices",
                      headers={"Authorization": f"Bearer {tok}"},
                      data={"ids[]": device_ids, "claim_user": "firmware@fieldnote-logistics.com"}, timeout=30)
    r.raise_for_status()
    return r.json()


def lock_group_firmware(group: str, version: int):
    tok = access_token()
    r = requests.put(f"{PARTICLE_API}/v1/products/{PRODUCT_ID}/firmware/release",
                     headers={"Authorization": f"Bearer {tok}"},
                     json={"version": version, "groups": [group], "intelligent": True}, timeout=30)
    r.raise_for_status()
