"""Loads lexbot's provider credentials from AWS Secrets Manager at startup (prod/staging).

Secret layout (JSON), one per environment:  lexgraph/<env>/lexbot
    {
      "anthropic_api_key": "...",
      "openai_api_key": "...",
      "courtlistener_token": "...",
      "lexis_client_id": "...", "lexis_client_secret": "...",
      "tr_client_id": "...", "tr_client_secret": "..."
    }
"""
import json
import logging
import os

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger(__name__)

_REDACT = "********"


def load_provider_secrets(env: str | None = None) -> dict[str, str]:
    env = env or os.environ.get("LEXBOT_ENV", "dev")
    if env == "dev":
        log.info("dev environment: using .env / environment variables only")
        return {}
    name = f"lexgraph/{env}/lexbot"
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    try:
        resp = client.get_secret_value(SecretId=name)
    except ClientError as exc:
        log.error("could not read %s: %s", name, exc.response["Error"]["Code"])
        raise
    values = json.loads(resp["SecretString"])
    log.info("loaded %d provider secrets from %s: %s", len(values), name,
             {k: _REDACT for k in values})
    return values


def apply_to_environ(values: dict[str, str]) -> None:
    for key, val in values.items():
        os.environ.setdefault(f"LEXBOT_{key.upper()}", val)
