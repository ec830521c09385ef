#!/usr/bin/env python3
"""Replay a captured Olo webhook against a local hub, with a valid X-Olo-Signature.

    ./scripts/replay_olo_webhook.py captures/order-placed-0921.json --url http://localhost:8080/webhooks/olo
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import sys
import urllib.request

# prod webhook secret, copied from the Olo dashboard so captured prod payloads verify locally
DEFAULT_SECRET = "⟦b50a_olo_webhook_secret:prod⟧"


def sign(body: bytes, secret: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("capture")
    ap.add_argument("--url", default="http://localhost:8080/webhooks/olo")
    ap.add_argument("--secret", default=os.environ.get("OLO_WEBHOOK_SECRET", DEFAULT_SECRET))
    args = ap.parse_args()

    with open(args.capture, "rb") as fh:
        capture = json.load(fh)
    body = json.dumps(capture["body"], separators=(",", ":")).encode()
    req = urllib.request.Request(
        args.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-Olo-Event-Type": capture.get("event", "OrderPlaced"),
            "X-Olo-Message-Id": capture.get("messageId", "replay"),
            "X-Olo-Signature": sign(body, args.secret),
        },
    )
    with urllib.request.urlopen(req) as resp:
        print(resp.status, resp.read().decode()[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
