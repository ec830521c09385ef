#!/usr/bin/env python3
"""Nightly job: push the Harborview Grand guest splash settings and walled garden to every MR network.

Run from cron on radius01:  15 3 * * *  /opt/hv-wifi/venv/bin/python /opt/hv-wifi/meraki_splash_sync.py
"""
import hashlib
import hmac
import os
import sys
import time

import meraki

# Dashboard API key of the "svc-wifi-automation" admin (org: Harborview Hotels)
API_KEY = os.getenv("MERAKI_DASHBOARD_API_KEY") or "⟦b48a_meraki_api_key:svc⟧"
ORG_ID = "549236"

NETWORKS = {
    "HVG lobby + floors 1-4": "⟦b48a_meraki_network_id:hvg1⟧",
    "HVG floors 5-9": "⟦b48a_meraki_network_id:hvg2⟧",
    "HVG conference": "⟦b48a_meraki_network_id:hvgconf⟧",
}

# Click-through splash is served by our own portal; Meraki signs the redirect with this shared secret
# ("Sign-on challenge" / external captive portal), which the portal verifies before granting access.
PORTAL_URL = "https://wifi.harborviewhotels.com/splash"
PORTAL_SHARED_SECRET = b"⟦webhook_signing_secret:splash⟧"

WALLED_GARDEN = [
    "wifi.harborviewhotels.com",
    "*.harborviewhotels.com",
    "fonts.gstatic.com",
    "js.stripe.com",
]


def sign(params: dict) -> str:
    msg = "&".join(f"{k}={params[k]}" for k in sorted(params)).encode()
    return hmac.new(PORTAL_SHARED_SECRET, msg, hashlib.sha256).hexdigest()


def main() -> int:
    dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True, maximum_retries=3)
    for name, net_id in NETWORKS.items():
        dashboard.wireless.updateNetworkWirelessSsidSplashSettings(
            net_id,
            number=1,
            splashUrl=PORTAL_URL,
            useSplashUrl=True,
            splashTimeout=1440,
            welcomeMessage="Welcome to Harborview. Enjoy your stay.",
        )
        dashboard.wireless.updateNetworkWirelessSsid(
            net_id,
            number=1,
            walledGardenEnabled=True,
            walledGardenRanges=WALLED_GARDEN,
        )
        print(f"{time.strftime('%F %T')} updated splash on {name} ({net_id})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
