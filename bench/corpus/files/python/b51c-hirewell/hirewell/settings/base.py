"""
Base settings for the Hirewell sync hub.

Environment-specific modules (local.py, staging.py, production.py) import * from here and
override what they need. Secrets come from the environment; the defaults below are only
meant for a laptop with docker-compose up.
"""
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# TODO(jonas): drop the fallback once everyone has direnv set up
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key⟧")

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_celery_beat",
    "hirewell.core",
    "hirewell.tenants",
    "integrations.greenhouse",
    "integrations.lever",
    "integrations.ashby",
    "integrations.workable",
    "integrations.smartrecruiters",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "hirewell.tenants.middleware.TenantMiddleware",
]

ROOT_URLCONF = "hirewell.urls"
WSGI_APPLICATION = "hirewell.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default="postgres://hirewell:hirewell@localhost:5432/hirewell",
        conn_max_age=600,
    )
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1

# ---------------------------------------------------------------------------
# ATS integrations. Per-tenant keys live encrypted in tenants.IntegrationCredential;
# these are the keys of our own demo tenant (used by the sales sandbox).
# ---------------------------------------------------------------------------
ATS = {
    "greenhouse": {
        "harvest_base": "https://harvest.greenhouse.io/v1",
        "board_base": "https://boards-api.greenhouse.io/v1/boards",
        "board_token": "hirewelldemo",
        "demo_harvest_key": os.environ.get("GH_DEMO_HARVEST_KEY", "⟦b51c_greenhouse_harvest_key:demo⟧"),
        "on_behalf_of": os.environ.get("GH_ON_BEHALF_OF", "4080021"),
    },
    "lever": {
        "base": "https://api.lever.co/v1",
        "sandbox_base": "https://api.sandbox.lever.co/v1",
        "demo_api_key": os.environ.get("LEVER_DEMO_API_KEY"),
    },
    "ashby": {
        "base": "https://api.ashbyhq.com",
        "demo_api_key": os.environ.get("ASHBY_DEMO_API_KEY", ""),
    },
    "workable": {
        "subdomain": "hirewell-demo",
        "demo_token": os.environ.get("WORKABLE_DEMO_TOKEN", "<set-me>"),
    },
}

FIELD_ENCRYPTION_KEY = os.environ["FIELD_ENCRYPTION_KEY"]

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": os.environ.get("SENDGRID_API_KEY", "⟦sendgrid_api_key:base⟧")}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "integrations": {"level": "DEBUG" if DEBUG else "INFO"},
        "urllib3": {"level": "WARNING"},
    },
}
