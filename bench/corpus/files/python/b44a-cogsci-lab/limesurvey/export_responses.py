#!/usr/bin/env python3
"""Export LimeSurvey responses through RemoteControl 2 (JSON-RPC).

The lab runs its own LimeSurvey (surveys.cogsci.northmoor.ac.uk) for studies that
need on-premises data storage (ethics approval ETH-2023-0917).
"""
import base64
import json
import sys

import requests

URL = "https://surveys.cogsci.northmoor.ac.uk/index.php/admin/remotecontrol"
USER = "api_export"
PASSWORD = "⟦password:limesurvey⟧"


def rpc(method, *params, session=None):
    payload = {"method": method, "params": ([session] if session else []) + list(params), "id": 1}
    r = requests.post(URL, data=json.dumps(payload), headers={"content-type": "application/json"}, timeout=60)
    r.raise_for_status()
    out = r.json()
    if out.get("error"):
        raise RuntimeError(out["error"])
    return out["result"]


def main(survey_id):
    key = rpc("get_session_key", USER, PASSWORD)
    try:
        data = rpc("export_responses", int(survey_id), "csv", "en", "complete", "code", "long", session=key)
        path = f"data/raw/limesurvey_{survey_id}.csv"
        with open(path, "wb") as fh:
            fh.write(base64.b64decode(data))
        print("wrote", path)
    finally:
        rpc("release_session_key", session=key)


if __name__ == "__main__":
    main(sys.argv[1])
