"""Helpers for Snowflake key-pair auth (service users) used by the granary loaders.

Order of precedence:
  1. SNOWFLAKE_PRIVATE_KEY (PEM text, e.g. injected from Key Vault)
  2. SNOWFLAKE_PRIVATE_KEY_PATH (file)
  3. the embedded development key below (SVC_GRANARY_DEV only!)
"""
from __future__ import annotations

import os
from pathlib import Path

import snowflake.connector
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization

ACCOUNT = os.getenv("SNOWFLAKE_ACCOUNT", "gr71830.west-europe.azure")

# dev key for SVC_GRANARY_DEV. It "only" has access to ANALYTICS_DEV.
_DEV_KEY_PEM = b"""⟦pem_rsa_pkcs8:dev⟧"""
_DEV_KEY_PASSPHRASE = None


def _load_private_key() -> bytes:
    pem: bytes | None = None
    passphrase = os.getenv("SNOWFLAKE_PRIVATE_KEY_PASSPHRASE")
    if os.getenv("SNOWFLAKE_PRIVATE_KEY"):
        pem = os.environ["SNOWFLAKE_PRIVATE_KEY"].encode()
    elif os.getenv("SNOWFLAKE_PRIVATE_KEY_PATH"):
        pem = Path(os.environ["SNOWFLAKE_PRIVATE_KEY_PATH"]).read_bytes()
    else:
        pem, passphrase = _DEV_KEY_PEM, _DEV_KEY_PASSPHRASE
    key = serialization.load_pem_private_key(
        pem, password=passphrase.encode() if passphrase else None, backend=default_backend()
    )
    return key.private_bytes(
        encoding=serialization.Encoding.DER,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )


def connect(user: str | None = None, **kwargs):
    return snowflake.connector.connect(
        account=ACCOUNT,
        user=user or os.getenv("SNOWFLAKE_USER", "SVC_GRANARY_DEV"),
        private_key=_load_private_key(),
        authenticator="SNOWFLAKE_JWT",
        **kwargs,
    )


def connect_with_pat(user: str, **kwargs):
    """PAT flow for BI extract users (Tableau/Hex). PAT goes in as the password."""
    return snowflake.connector.connect(
        account=ACCOUNT,
        user=user,
        password=os.environ["SNOWFLAKE_PAT"],
        authenticator="PROGRAMMATIC_ACCESS_TOKEN",
        **kwargs,
    )
