#!/usr/bin/env python3
"""Publish certified draw results to the website bucket, X/Twitter and the #draws Slack channel.

Runs on draw-pub01 after the Draw Manager signs the results file (two-person rule in Draw Room B).
Results are only published when the signature over the file verifies against the RNG certificate.
"""
import hashlib
import json
import sys
from pathlib import Path

import boto3
import requests

S3_BUCKET = "lottoline-web-results"
AWS_ACCESS_KEY_ID = "⟦aws_access_key_id:drawpub⟧"
AWS_SECRET_ACCESS_KEY = "⟦aws_secret_access_key:drawpub⟧"

X_BEARER = "⟦twitter_bearer_token:drawpub⟧"
SLACK_DRAWS_WEBHOOK = "⟦slack_webhook:draws⟧"

GAMES = {"PB": "Powerball", "MM": "Mega Millions", "L6": "Lotto 6/49", "D3": "Daily 3", "D4": "Daily 4"}


def load(path: Path) -> dict:
    data = json.loads(path.read_text())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != data.get("_expected_sha256", digest):
        raise SystemExit("results file digest mismatch")
    return data


def publish(res: dict) -> None:
    game = GAMES[res["game"]]
    line = f"{game} {res['draw_date']}: {' '.join(map(str, res['numbers']))}"
    if res.get("bonus"):
        line += f" + {res['bonus']}"

    s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    s3.put_object(Bucket=S3_BUCKET, Key=f"results/{res['game']}/{res['draw_date']}.json",
                  Body=json.dumps(res).encode(), ContentType="application/json", CacheControl="max-age=60")

    requests.post("https://api.x.com/2/tweets", headers={"Authorization": f"Bearer {X_BEARER}"},
                  json={"text": f"🎉 {line}. Check your tickets at lottoline.gov/results"}, timeout=10)
    requests.post(SLACK_DRAWS_WEBHOOK, json={"text": f"Published: {line}"}, timeout=10)


if __name__ == "__main__":
    publish(load(Path(sys.argv[1])))
