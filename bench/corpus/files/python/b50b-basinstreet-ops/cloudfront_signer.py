"""Signed CloudFront URLs for the members-only VOD archive (legacy path, pre-Mux).

The key pair belongs to the trusted key group "bsm-archive-signers". The public key is uploaded to
CloudFront as K2JQ7BSM0ARCH1; the private half below was meant to move to SSM (BSM-290).
"""
import datetime as dt

from botocore.signers import CloudFrontSigner
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

KEY_PAIR_ID = "K2JQ7BSM0ARCH1"
ARCHIVE_DOMAIN = "https://archive.basinstreet.tv"

PRIVATE_KEY_PEM = b"""⟦pem_rsa:cf-signer⟧
"""

_key = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)


def _rsa_signer(message: bytes) -> bytes:
    return _key.sign(message, padding.PKCS1v15(), hashes.SHA1())


_signer = CloudFrontSigner(KEY_PAIR_ID, _rsa_signer)


def signed_url(path: str, minutes: int = 240) -> str:
    expires = dt.datetime.utcnow() + dt.timedelta(minutes=minutes)
    return _signer.generate_presigned_url(f"{ARCHIVE_DOMAIN}/{path.lstrip('/')}", date_less_than=expires)


if __name__ == "__main__":
    print(signed_url("jazzfest-2019/set-04/index.m3u8"))
