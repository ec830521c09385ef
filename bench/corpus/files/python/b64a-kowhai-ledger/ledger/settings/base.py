"""Base settings shared by all environments. Secrets come from the environment (see .env.example)."""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "anymail",
    "django_celery_beat",
    "ledger.core",
    "ledger.integrations",
    "ledger.reconcile",
]

DATABASES = {
    "default": env.db(
        "DATABASE_URL",
        # local docker-compose default so `./manage.py runserver` works out of the box
        default="postgres://kowhai:Kowhai#Dev2023@localhost:5432/kowhai",
    )
}

LANGUAGE_CODE = "en-nz"
TIME_ZONE = "Pacific/Auckland"
USE_TZ = True

# Xero – client id is public (it is in the consent URL), the secret is not
XERO_CLIENT_ID = env("XERO_CLIENT_ID", default="⟦b44b_xero_client_id:dev⟧")
XERO_CLIENT_SECRET = env("XERO_CLIENT_SECRET")
XERO_WEBHOOK_KEY = env("XERO_WEBHOOK_KEY", default="")

AKAHU_APP_TOKEN = env("AKAHU_APP_TOKEN", default="")
AKAHU_APP_SECRET = env("AKAHU_APP_SECRET", default="")

EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
ANYMAIL = {
    "POSTMARK_SERVER_TOKEN": env("POSTMARK_SERVER_TOKEN", default=""),
}

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/0")
CELERY_TIMEZONE = TIME_ZONE

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
