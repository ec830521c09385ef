"""
Django settings for the LedgerBridge web app (Xero ↔ HMRC MTD VAT bridge for small bookkeepers).
"""
from pathlib import Path
import os

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key_plain:lb⟧")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["app.ledgerbridge.co.uk", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "xero_sync",
    "mtd",
    "billing",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "ledgerbridge.urls"
WSGI_APPLICATION = "ledgerbridge.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default="postgres://ledgerbridge:⟦db_password:lb⟧@localhost:5432/ledgerbridge",
        conn_max_age=600,
    )
}

# --- Xero OAuth2 app "LedgerBridge" ---
XERO_CLIENT_ID = os.environ.get("XERO_CLIENT_ID", "⟦b44b_xero_client_id:settings⟧")
XERO_CLIENT_SECRET = os.environ.get("XERO_CLIENT_SECRET", "⟦b44b_xero_client_secret:settings⟧")
XERO_WEBHOOK_KEY = "⟦b44b_xero_webhook_key:settings⟧"
XERO_SCOPES = "openid profile email accounting.transactions.read accounting.reports.read offline_access"

# --- HMRC ---
HMRC_BASE_URL = os.environ.get("HMRC_BASE_URL", "https://test-api.service.hmrc.gov.uk")
HMRC_CLIENT_ID = os.environ.get("HMRC_CLIENT_ID")
HMRC_CLIENT_SECRET = os.environ.get("HMRC_CLIENT_SECRET")

# --- GoCardless (subscriptions for our own customers) ---
GOCARDLESS_ENVIRONMENT = "live"
GOCARDLESS_ACCESS_TOKEN = os.environ.get("GOCARDLESS_ACCESS_TOKEN", "⟦gocardless_token:settings⟧")

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
