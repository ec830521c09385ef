"""Generate Akamai Auth Token 2.0 (EdgeAuth) tokens for QA and partner preview links.

    python tools/sign_segments.py --acl '/v/88123/*' --window 86400

Same algorithm as akamai/EdgeAuth-Token-Python, trimmed down so QA laptops don't need
the package. The key must match the property's verifyTokenAuthorization key.
"""
import argparse
import binascii
import hashlib
import hmac
import os
import time

DEFAULT_KEY = os.getenv("LW_EDGEAUTH_KEY") or "⟦b66b_akamai_edgeauth_key:segments⟧"
FIELD_DELIMITER = "~"


def generate(acl: str, window: int, key_hex: str = DEFAULT_KEY, start: int | None = None, ip: str | None = None) -> str:
    start = int(start if start is not None else time.time())
    parts = []
    if ip:
        parts.append(f"ip={ip}")
    parts.append(f"st={start}")
    parts.append(f"exp={start + window}")
    parts.append(f"acl={acl}")
    message = FIELD_DELIMITER.join(parts)
    digest = hmac.new(binascii.a2b_hex(key_hex), message.encode(), hashlib.sha256).hexdigest()
    return f"{message}{FIELD_DELIMITER}hmac={digest}"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--acl", required=True)
    ap.add_argument("--window", type=int, default=3600)
    ap.add_argument("--ip")
    a = ap.parse_args()
    token = generate(a.acl, a.window, ip=a.ip)
    print(f"__token__={token}")
