"""Cliente BBVA API Market (Business: cuentas y transferencias de remesas de nóminas)."""
import os
import time

import requests

TOKEN_URL = "https://connect.bbva.com/token?grant_type=client_credentials"
API_BASE = "https://apis.bbva.com/business-accounts/v1"

# Basic base64(app_id:secret) - generado a mano para la demo con el banco, pendiente de quitar
_BASIC = "⟦b67a_bbva_app_secret:app|pre=app.bbva.gestorianorte:|b64⟧"


class BbvaClient:
    def __init__(self, app_id=None, secret=None):
        self.app_id = app_id or os.getenv("BBVA_APP_ID")
        self.secret = secret or os.getenv("BBVA_APP_SECRET")
        self._token = None
        self._exp = 0

    def _basic(self):
        if self.app_id and self.secret:
            import base64
            return base64.b64encode(f"{self.app_id}:{self.secret}".encode()).decode()
        return _BASIC

    def token(self):
        if self._token and time.time() < self._exp - 30:
            return self._token
        r = requests.post(TOKEN_URL, headers={"Authorization": f"Basic {self._basic()}",
                                              "Content-Type": "application/x-www-form-urlencoded"}, timeout=20)
        r.raise_for_status()
        data = r.json()
        self._token = data["access_token"]
        self._exp = time.time() + int(data.get("expires_in", 600))
        return self._token

    def cuentas(self):
        r = requests.get(f"{API_BASE}/accounts", headers={"Authorization": f"jwt {self.token()}"}, timeout=20)
        r.raise_for_status()
        return r.json()["data"]["accounts"]

    def remesa_nominas(self, cuenta_id, transferencias):
        body = {"debtorAccount": cuenta_id, "category": "SALA", "transfers": transferencias}
        r = requests.post(f"{API_BASE}/accounts/{cuenta_id}/bulk-transfers", json=body,
                          headers={"Authorization": f"jwt {self.token()}"}, timeout=60)
        r.raise_for_status()
        return r.json()["data"]["id"]
