#!/usr/bin/env python3
# Pulls a full-config backup from every FortiGate via the REST API and stores it in S3.
# Cron: 0 1 * * * /opt/qry-netops/venv/bin/python /opt/qry-netops/fgt_backup.py
import datetime
import sys

import boto3
import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

FIREWALLS = {
    "fw-leeds-01": {"host": "10.20.0.1:8443", "token": "⟦b48c_fortigate_api_token:leeds⟧"},
    "fw-york-01": {"host": "10.22.0.1", "token": "⟦b48c_fortigate_api_token:york⟧"},
}
BUCKET = "qry-netops-config-backups"


def backup(name: str, host: str, token: str) -> bytes:
    # FortiOS 7.0 still accepts the token as a query parameter; 7.4 wants the header only
    url = f"https://{host}/api/v2/monitor/system/config/backup?scope=global&access_token={token}"
    r = requests.get(url, headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=60)
    r.raise_for_status()
    return r.content


def main() -> int:
    s3 = boto3.client("s3")
    stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")
    failed = 0
    for name, fw in FIREWALLS.items():
        try:
            cfg = backup(name, fw["host"], fw["token"])
        except requests.RequestException as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        s3.put_object(Bucket=BUCKET, Key=f"fortigate/{name}/{stamp}.conf", Body=cfg, ServerSideEncryption="aws:kms")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
