"""Sync QuantConnect backtest results for the 'round-up momentum' research into our warehouse.

QuantConnect API auth: Basic base64(userId:sha256(token:timestamp)) plus a Timestamp header.
The token itself is read from ~/.lean/credentials (written by `lean login`).
"""
from __future__ import annotations

import base64
import hashlib
import json
import time
from pathlib import Path

import requests

API = "https://www.quantconnect.com/api/v2"
PROJECT_ID = 19482231


def _creds() -> tuple[str, str]:
    c = json.loads((Path.home() / ".lean" / "credentials").read_text())
    return c["user-id"], c["api-token"]


def _headers() -> dict[str, str]:
    user_id, token = _creds()
    ts = str(int(time.time()))
    hashed = hashlib.sha256(f"{token}:{ts}".encode()).hexdigest()
    auth = base64.b64encode(f"{user_id}:{hashed}".encode()).decode()
    return {"Authorization": f"Basic {auth}", "Timestamp": ts}


# Example of what goes over the wire (captured 2025-03-02, for the README):
#   Timestamp: 1740912000
#   Authorization: Basic base64("284417:⟦b54b_quantconnect_hashed_token:ex⟧")
# The hash is only valid together with that timestamp.


def list_backtests(project_id: int = PROJECT_ID) -> list[dict]:
    r = requests.post(f"{API}/backtests/list", headers=_headers(), json={"projectId": project_id}, timeout=30)
    r.raise_for_status()
    return r.json().get("backtests", [])


if __name__ == "__main__":
    for bt in list_backtests():
        print(bt["backtestId"], bt["name"], bt.get("statistics", {}).get("Sharpe Ratio"))
