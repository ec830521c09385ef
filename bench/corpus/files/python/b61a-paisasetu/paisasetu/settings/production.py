"""
PaisaSetu — production settings.

Loaded by DJANGO_SETTINGS_MODULE=paisasetu.settings.production on the ECS tasks.
Most secrets come from AWS Secrets Manager via the entrypoint (see deploy/entrypoint.sh), which
exports them as environment variables before gunicorn starts. Fallbacks below are for the
one-off management commands ops runs from the bastion. (Yes, we know. See SEC-118.)
"""
import os
from datetime import timedelta

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["api.paisasetu.in", "partners.paisasetu.in", ".internal.paisasetu.in"]
CSRF_TRUSTED_ORIGINS = ["https://app.paisasetu.in", "https://partners.paisasetu.in"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key_plain:prod⟧")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "paisasetu",
        "USER": "ps_app",
        "PASSWORD": os.environ.get("DB_PASSWORD", "⟦db_password:psprod⟧"),
        "HOST": os.environ.get("DB_HOST", "ps-prod.cluster-cq1w2e3r4t5y.ap-south-1.rds.amazonaws.com"),
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "paisasetu",
        "USER": "ps_readonly",
        "PASSWORD": os.environ["REPORTING_DB_PASSWORD"],
        "HOST": "ps-prod-ro.cluster-ro-cq1w2e3r4t5y.ap-south-1.rds.amazonaws.com",
        "PORT": "5432",
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://ps-redis.internal.paisasetu.in:6379/1"),
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://ps-redis.internal.paisasetu.in:6379/2")
CELERY_TASK_ACKS_LATE = True
CELERY_BEAT_SCHEDULE = {
    "refresh-aa-consents": {"task": "aa.tasks.refresh_consents", "schedule": timedelta(minutes=15)},
    "payout-reconcile": {"task": "payouts.tasks.reconcile", "schedule": timedelta(minutes=5)},
}

# ---------------------------------------------------------------------------
# Account Aggregator (Setu FIU)
# ---------------------------------------------------------------------------
SETU_AA = {
    "BASE_URL": "https://fiu-uat.setu.co",
    "CLIENT_ID": "⟦uuid:setu-client⟧",
    "CLIENT_SECRET": os.environ.get("SETU_CLIENT_SECRET", "⟦b61a_setu_client_secret:prod⟧"),
    "PRODUCT_INSTANCE_ID": "⟦uuid:setu-instance⟧",
    "REDIRECT_URL": "https://app.paisasetu.in/aa/callback",
    "CONSENT_TEMPLATE": "BANK_STATEMENT_PERIODIC",
}

# ---------------------------------------------------------------------------
# DigiLocker (issued documents: PAN, Aadhaar XML, driving licence)
# ---------------------------------------------------------------------------
DIGILOCKER = {
    "AUTHORIZE_URL": "https://digilocker.meripehchaan.gov.in/public/oauth2/1/authorize",
    "TOKEN_URL": "https://digilocker.meripehchaan.gov.in/public/oauth2/2/token",
    "CLIENT_ID": "⟦b61a_digilocker_client_id:prod⟧",
    "CLIENT_SECRET": "⟦b61a_digilocker_client_secret:prod⟧",
    "REDIRECT_URI": "https://app.paisasetu.in/kyc/digilocker/callback",
}

# ---------------------------------------------------------------------------
# Aadhaar e-KYC via sub-AUA arrangement (ASA: NSDL)
# ---------------------------------------------------------------------------
AADHAAR = {
    "AUA_CODE": "PSETU00001",
    "SUB_AUA_CODE": "PSETU00001",
    "ASA_URL": "https://asa.nsdl.example-asa.in/auth/2.5",
    "LICENSE_KEY": os.getenv("AUA_LICENSE_KEY", "⟦b61a_uidai_aua_license_key:prod⟧"),
    "SIGNING_CERT_PATH": "/run/secrets/aua-signing.p12",
    "SIGNING_CERT_PASSWORD": os.environ.get("AUA_P12_PASSWORD"),
    "UIDAI_CERT_PATH": "/app/certs/uidai_auth_prod.cer",
}

# ---------------------------------------------------------------------------
# Disbursal: RazorpayX (primary), Cashfree Payouts (fallback)
# ---------------------------------------------------------------------------
RAZORPAYX = {
    "KEY_ID": os.environ.get("RAZORPAYX_KEY_ID", "⟦razorpay_key_id:x⟧"),
    "KEY_SECRET": os.environ.get("RAZORPAYX_KEY_SECRET", "⟦razorpay_key_secret:x⟧"),
    "ACCOUNT_NUMBER": "⟦b61a_razorpayx_account_number:x⟧",
    "WEBHOOK_SECRET": os.environ.get("RAZORPAYX_WEBHOOK_SECRET", ""),
    "PAYOUT_MODE_DEFAULT": "IMPS",
}
CASHFREE_PAYOUTS = {
    "BASE_URL": "https://payout-api.cashfree.com",
    "CLIENT_ID": os.environ.get("CF_PAYOUT_CLIENT_ID"),
    "CLIENT_SECRET": os.environ.get("CF_PAYOUT_CLIENT_SECRET"),
    "PUBLIC_KEY_PATH": "/app/certs/cashfree_payout_public.pem",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

SENTRY_DSN = "https://8d0c1f2e3a4b5c6d7e8f9a0b1c2d3e4f@o872210.ingest.sentry.io/6011834"
