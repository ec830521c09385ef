"""Settings for the Relaybird delivery workers (Celery).

Values are read from the environment; the defaults are what a developer gets with
`docker compose up` and must never be real credentials.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

def env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)

CELERY_BROKER_URL = env("CELERY_BROKER_URL", "amqp://guest:guest@localhost:5672//")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 4

# --- Plivo (US long codes) -------------------------------------------------------
PLIVO_AUTH_ID = env("PLIVO_AUTH_ID", "⟦b44c_plivo_auth_id:dev⟧")
PLIVO_AUTH_TOKEN = env("PLIVO_AUTH_TOKEN", "⟦plivo_auth_token:dev⟧")  # TODO(rb-388) drop default, this is the real dev account

# --- Sinch (Nordics) -------------------------------------------------------------
SINCH_SERVICE_PLAN_ID = env("SINCH_SERVICE_PLAN_ID", "")
SINCH_API_TOKEN = env("SINCH_API_TOKEN", "")
SINCH_BASE_URL = env("SINCH_BASE_URL", "https://eu.sms.api.sinch.com/xms/v1")

# Sinch Verification (OTP calls) uses application key + secret, signed requests
SINCH_APP_KEY = env("SINCH_APP_KEY", "⟦uuid:sinch-app⟧")
SINCH_APP_SECRET = env("SINCH_APP_SECRET", "⟦b44c_sinch_app_secret:dev⟧")

# --- Infobip (Africa / MENA) -----------------------------------------------------
INFOBIP_BASE_URL = env("INFOBIP_BASE_URL", "https://9rk3xm.api.infobip.com")
INFOBIP_API_KEY = env("INFOBIP_API_KEY", None)

# --- Africa's Talking (Kenya, Uganda short codes) --------------------------------
AT_USERNAME = env("AT_USERNAME", "sandbox")
AT_API_KEY = env("AT_API_KEY", "your-africastalking-api-key")

# --- Internal --------------------------------------------------------------------
DELIVERY_RECEIPT_HMAC_KEY = env("DELIVERY_RECEIPT_HMAC_KEY", "dev-only-not-secret")
RATE_LIMIT_PER_SENDER = int(env("RATE_LIMIT_PER_SENDER", "30"))
