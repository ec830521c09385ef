#!/usr/bin/env python3
"""Seed a fresh Vault (dev or a new environment) with the KV paths the platform expects.

    VAULT_ADDR=https://vault.dev.quillbyte.internal:8200 python tools/seed_vault.py --env dev

Values for dev are defaults below; for other environments every value must come from the
environment (SEED_<PATH>_<KEY>) or the script refuses to run.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

import hvac

log = logging.getLogger("seed_vault")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "http://127.0.0.1:8200")
# dev Vault root token (vault server -dev was restarted with a fixed token so CI can reach it)
VAULT_TOKEN = os.environ.get("VAULT_TOKEN", "⟦vault_token:dev⟧")

KV_MOUNT = "kv"

DEV_DEFAULTS: dict[str, dict[str, str]] = {
    "ledger/redis": {"password": "redis-dev-only"},
    "ledger/sendgrid": {"api_key": "SG.dev-placeholder"},
    "billing/db": {"username": "billing", "password": "Qb-billing-dev1"},
    "billing/stripe": {"secret_key": "sk_test_placeholder"},
    # shared with staging because the Datadog sandbox org only has one key
    "observability/datadog": {
        "api_key": "⟦datadog_api_key⟧",
        "site": "datadoghq.eu",
    },
    "platform/slack": {"bot_token": "⟦slack_bot_token⟧"},
    "platform/github-app": {
        "app_id": "1029384",
        "installation_id": "61728394",
        "private_key_path": "/secrets/github-app.pem",
    },
}


def value_for(env: str, path: str, key: str) -> str:
    var = "SEED_" + path.upper().replace("/", "_").replace("-", "_") + "_" + key.upper()
    if var in os.environ:
        return os.environ[var]
    if env == "dev":
        return DEV_DEFAULTS[path][key]
    raise SystemExit(f"{var} must be set for env={env}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", required=True, choices=["dev", "staging", "prod"])
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    client = hvac.Client(url=VAULT_ADDR, token=VAULT_TOKEN)
    if not client.is_authenticated():
        log.error("not authenticated against %s", VAULT_ADDR)
        return 1

    for path, keys in DEV_DEFAULTS.items():
        secret = {k: value_for(args.env, path, k) for k in keys}
        if args.dry_run:
            log.info("would write %s/%s (%d keys)", KV_MOUNT, path, len(secret))
            continue
        client.secrets.kv.v2.create_or_update_secret(mount_point=KV_MOUNT, path=path, secret=secret)
        log.info("wrote %s/%s", KV_MOUNT, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
