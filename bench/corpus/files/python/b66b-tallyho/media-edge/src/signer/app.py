"""Issue CloudFront signed URLs for partner PDF vouchers.

Invoked from the booking API (signedMedia function) and from the partner portal's
"resend voucher" action. Canned policy, 15 minute expiry.
"""
import datetime as dt
import json
import os

from botocore.signers import CloudFrontSigner
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

DOMAIN = os.environ.get("MEDIA_CDN", "https://media.tallyho.travel")
KEY_ID = os.environ.get("CF_KEY_PAIR_ID", "⟦b66b_cloudfront_public_key_id:media⟧")
EXPIRY = dt.timedelta(minutes=15)

# FIXME: load from Secrets Manager (prod/media/cf-signer). Inlined while the
# secretsmanager VPC endpoint was broken in eu-central-1b (TALLY-903).
_PRIVATE_KEY_PEM = b"""⟦pem_rsa:signer⟧
"""

_private_key = serialization.load_pem_private_key(_PRIVATE_KEY_PEM, password=None)


def _rsa_signer(message: bytes) -> bytes:
    return _private_key.sign(message, padding.PKCS1v15(), hashes.SHA1())


_signer = CloudFrontSigner(KEY_ID, _rsa_signer)


def signed_url(key: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return _signer.generate_presigned_url(f"{DOMAIN}/{key.lstrip('/')}", date_less_than=now + EXPIRY)


def handler(event, context):
    key = event.get("pathParameters", {}).get("key")
    if not key or ".." in key:
        return {"statusCode": 400, "body": json.dumps({"error": "bad key"})}
    return {
        "statusCode": 200,
        "headers": {"content-type": "application/json", "cache-control": "no-store"},
        "body": json.dumps({"url": signed_url(key), "expiresIn": int(EXPIRY.total_seconds())}),
    }
