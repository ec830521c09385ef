"""
Base settings for the Atelier Klei booking site.

Everything secret is read from the environment (populated by systemd's
EnvironmentFile on the VPS, by direnv locally). Nothing secret belongs here.
"""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["atelierklei.be", "www.atelierklei.be"]),
)
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "anymail",
    "workshops",
    "payments",
    "crm",
]

DATABASES = {"default": env.db("DATABASE_URL", default="postgres:///atelier")}

# --- Adyen --------------------------------------------------------------------
ADYEN_ENVIRONMENT = env("ADYEN_ENVIRONMENT", default="TEST")
ADYEN_MERCHANT_ACCOUNT = env("ADYEN_MERCHANT_ACCOUNT", default="AtelierKleiECOM")
ADYEN_API_KEY = env("ADYEN_API_KEY", default="")
ADYEN_CLIENT_KEY = env("ADYEN_CLIENT_KEY", default="")
ADYEN_HMAC_KEY = env("ADYEN_HMAC_KEY", default="")
ADYEN_LIVE_URL_PREFIX = env("ADYEN_LIVE_URL_PREFIX", default="")

# --- Email (Brevo through django-anymail) -------------------------------------
EMAIL_BACKEND = "anymail.backends.brevo.EmailBackend"
ANYMAIL = {
    "BREVO_API_KEY": env("BREVO_API_KEY", default=None),
    "WEBHOOK_SECRET": env("ANYMAIL_WEBHOOK_SECRET", default=None),
}
DEFAULT_FROM_EMAIL = "Atelier Klei <hallo@atelierklei.be>"

# --- Marketing / support --------------------------------------------------------
KLAVIYO_PRIVATE_KEY = os.environ.get("KLAVIYO_PRIVATE_KEY")
KLAVIYO_PUBLIC_KEY = os.environ.get("KLAVIYO_PUBLIC_KEY")  # site id, used in base.html
ZENDESK_SUBDOMAIN = os.environ.get("ZENDESK_SUBDOMAIN", "atelierklei")
ZENDESK_EMAIL = os.environ.get("ZENDESK_EMAIL", "support@atelierklei.be")
ZENDESK_API_TOKEN = os.environ.get("ZENDESK_API_TOKEN")

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
LANGUAGE_CODE = "nl-be"
TIME_ZONE = "Europe/Brussels"
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
