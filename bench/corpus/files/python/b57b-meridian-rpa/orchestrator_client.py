"""Thin UiPath Orchestrator (Automation Cloud) client used by the CoE reporting jobs.

- queue SLA report (queue_sla_analysis.ipynb)
- robot licence utilisation export for Finance
- start jobs from ServiceNow (via the mid-server)

Auth: confidential external application "coe-reporting" (client_credentials). Falls back to a
personal access token when APP_SECRET is not set (handy on a laptop).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass

import requests

ORG = "meridiangroup"
TENANT = "Prod"
BASE = f"https://cloud.uipath.com/{ORG}/{TENANT}/orchestrator_"
IDENTITY = f"https://cloud.uipath.com/{ORG}/identity_/connect/token"

APP_ID = os.getenv("UIPATH_APP_ID", "⟦uuid:coe-app⟧")
APP_SECRET = os.getenv("UIPATH_APP_SECRET", "⟦b57b_uipath_app_secret:coe⟧")
SCOPES = "OR.Queues.Read OR.Jobs OR.Robots.Read OR.License.Read OR.Folders.Read"

# Jenny's PAT (expires 2025-06-30) — only used when APP_SECRET is empty
FALLBACK_PAT = "⟦b57b_uipath_pat:jenny⟧"


@dataclass
class _Token:
    value: str
    expires_at: float


class Orchestrator:
    def __init__(self) -> None:
        self._tok: _Token | None = None
        self.s = requests.Session()

    def _token(self) -> str:
        if not APP_SECRET:
            return FALLBACK_PAT
        if self._tok and self._tok.expires_at > time.time() + 60:
            return self._tok.value
        r = requests.post(
            IDENTITY,
            data={"grant_type": "client_credentials", "client_id": APP_ID, "client_secret": APP_SECRET, "scope": SCOPES},
            timeout=30,
        )
        r.raise_for_status()
        body = r.json()
        self._tok = _Token(body["access_token"], time.time() + body["expires_in"])
        return self._tok.value

    def get(self, path: str, folder_id: int | None = None, **params):
        headers = {"Authorization": f"Bearer {self._token()}"}
        if folder_id is not None:
            headers["X-UIPATH-OrganizationUnitId"] = str(folder_id)
        r = self.s.get(f"{BASE}/{path}", headers=headers, params=params, timeout=60)
        r.raise_for_status()
        return r.json()

    def queue_items(self, folder_id: int, queue: str, since_iso: str):
        flt = f"QueueDefinition/Name eq '{queue}' and CreationTime ge {since_iso}"
        url = "odata/QueueItems"
        params = {"$filter": flt, "$top": 1000, "$select": "Id,Status,CreationTime,StartProcessing,EndProcessing,Priority"}
        while True:
            page = self.get(url, folder_id, **params)
            yield from page["value"]
            if len(page["value"]) < 1000:
                return
            params["$skip"] = params.get("$skip", 0) + 1000

    def start_job(self, folder_id: int, release_key: str, input_args: dict | None = None):
        headers = {"Authorization": f"Bearer {self._token()}", "X-UIPATH-OrganizationUnitId": str(folder_id)}
        body = {"startInfo": {"ReleaseKey": release_key, "Strategy": "ModernJobsCount", "JobsCount": 1,
                              "InputArguments": __import__("json").dumps(input_args or {})}}
        r = self.s.post(f"{BASE}/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs", json=body, headers=headers, timeout=60)
        r.raise_for_status()
        return r.json()["value"][0]["Id"]
