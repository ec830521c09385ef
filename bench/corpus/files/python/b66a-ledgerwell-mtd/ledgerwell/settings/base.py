"""
Base Django settings for Ledgerwell MTD Bridge.

Ledgerwell takes a spreadsheet (or a Xero / FreeAgent ledger) and files the VAT
return to HMRC through the Making Tax Digital VAT API. Production overrides live
in ledgerwell/settings/production.py; anything secret should come from the
environment (Parameter Store injects it on ECS).
"""
import os
from pathlib import Path

import environ

env = environ.Env(
    DEBUG=(bool, False),
    HMRC_ENVIRONMENT=(str, "sandbox"),
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
environ.Env.read_env(os.path.join(BASE_DIR, ".env"))

# SECURITY WARNING: keep the secret key used in production secret!
# (fallback left in from the first sprint so `manage.py runserver` works without a .env)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="⟦django_secret_key:base⟧")

DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", ".ledgerwell.co.uk"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_celery_beat",
    "rest_framework",
    "ledgerwell.accounts",
    "ledgerwell.organisations",
    "mtd.vat",
    "mtd.itsa",
    "mtd.fraud_headers",
    "integrations.xero",
    "integrations.freeagent",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "mtd.fraud_headers.middleware.CollectClientHeadersMiddleware",
]

ROOT_URLCONF = "ledgerwell.urls"
WSGI_APPLICATION = "ledgerwell.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("DB_NAME", default="ledgerwell"),
        "USER": env("DB_USER", default="ledgerwell_app"),
        "PASSWORD": env("DB_PASSWORD", default="Ledgerwell!VAT2023"),
        "HOST": env("DB_HOST", default="localhost"),
        "PORT": env("DB_PORT", default="5432"),
        "CONN_MAX_AGE": 60,
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# ---------------------------------------------------------------------------
# HMRC Developer Hub
# ---------------------------------------------------------------------------
HMRC_ENVIRONMENT = env("HMRC_ENVIRONMENT")
HMRC_BASE_URLS = {
    "sandbox": "https://test-api.service.hmrc.gov.uk",
    "production": "https://api.service.hmrc.gov.uk",
}
HMRC_BASE_URL = HMRC_BASE_URLS[HMRC_ENVIRONMENT]

# The client id is visible in the authorise redirect, so it is fine in the repo.
HMRC_CLIENT_ID = env("HMRC_CLIENT_ID", default="⟦b58b_hmrc_client_id:sandbox⟧")
HMRC_CLIENT_SECRET = env("HMRC_CLIENT_SECRET", default="⟦b58b_hmrc_client_secret:sandbox⟧")
HMRC_REDIRECT_URI = env("HMRC_REDIRECT_URI", default="http://localhost:8000/hmrc/callback/")
HMRC_SCOPES = ["read:vat", "write:vat", "read:self-assessment", "write:self-assessment"]

# Fraud prevention: WEB_APP_VIA_SERVER connection method
HMRC_FRAUD_CONNECTION_METHOD = "WEB_APP_VIA_SERVER"
HMRC_VENDOR_PRODUCT_NAME = "Ledgerwell%20MTD%20Bridge"
HMRC_VENDOR_LICENSE_IDS = env("HMRC_VENDOR_LICENSE_IDS", default="")

# ---------------------------------------------------------------------------
# Xero / FreeAgent
# ---------------------------------------------------------------------------
XERO_CLIENT_ID = env("XERO_CLIENT_ID", default="")
XERO_CLIENT_SECRET = env("XERO_CLIENT_SECRET", default="")
XERO_SCOPES = "openid profile email accounting.transactions.read accounting.reports.read offline_access"

FREEAGENT_IDENTIFIER = env("FREEAGENT_IDENTIFIER", default="")
FREEAGENT_SECRET = env("FREEAGENT_SECRET", default="")
FREEAGENT_API = env("FREEAGENT_API", default="https://api.sandbox.freeagent.com/v2/")

# ---------------------------------------------------------------------------
# Celery
# ---------------------------------------------------------------------------
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/2")
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TASK_ROUTES = {
    "mtd.vat.tasks.refresh_obligations": {"queue": "hmrc"},
    "mtd.vat.tasks.submit_return": {"queue": "hmrc"},
    "integrations.xero.tasks.*": {"queue": "ledgers"},
}

# ---------------------------------------------------------------------------
# Observability
# ---------------------------------------------------------------------------
SENTRY_DSN = env("SENTRY_DSN", default="⟦sentry_dsn⟧")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "mtd": {"handlers": ["console"], "level": "INFO"},
        "requests_oauthlib": {"handlers": ["console"], "level": "WARNING"},
    },
}
