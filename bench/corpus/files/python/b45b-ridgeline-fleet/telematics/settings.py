"""Django settings for ridgeline-telematics (fleet data hub).

Production values are injected by the k8s Secret `telematics-env`; the defaults here
are what the team uses locally against the *real* sandbox orgs.
"""
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:rl⟧")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://telematics:⟦db_password:rl⟧@localhost:5432/telematics")
    )
}

# --- Samsara (Ridgeline main org, ~410 tractors) -------------------------------------
SAMSARA_API_BASE = "https://api.samsara.com"
SAMSARA_API_TOKEN = os.environ.get("SAMSARA_API_TOKEN", "⟦b45b_samsara_api_token:main⟧")
# webhook "ridgeline-hub-events" -> /hooks/samsara ; secret shown once in the dashboard
SAMSARA_WEBHOOK_SECRET = os.environ.get("SAMSARA_WEBHOOK_SECRET", "⟦b45b_samsara_webhook_secret:main⟧")

# --- Geotab (acquired Blue Mesa Haulers fleet still on MyGeotab) ---------------------
GEOTAB = {
    "server": "my.geotab.com",
    "database": "bluemesa_haulers",
    "username": "api-integration@ridgelinefleet.com",
    "password": os.environ.get("GEOTAB_PASSWORD", "BlueMesa#Api2023"),
}

# --- Motive (owner-operators lease program) ------------------------------------------
MOTIVE_API_BASE = "https://api.gomotive.com/v1"
MOTIVE_API_KEY = os.environ.get("MOTIVE_API_KEY", "⟦b45b_motive_api_key:main⟧")

# --- misc -------------------------------------------------------------------------
SENTRY_DSN = os.environ.get("SENTRY_DSN", "⟦sentry_dsn:rl⟧")
GOOGLE_MAPS_API_KEY = os.environ.get("GOOGLE_MAPS_API_KEY", "⟦gcp_api_key:maps⟧")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/2")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "telematics.vehicles",
    "telematics.hos",
    "telematics.fuel",
]

TIME_ZONE = "America/Denver"
USE_TZ = True
STATIC_URL = "static/"
