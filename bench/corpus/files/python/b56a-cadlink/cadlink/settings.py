"""
Django settings for cadlink - the NG911 / additional-data bridge between the call-handling
equipment (CHE), RapidSOS, what3words and the CAD incident API.

Deployed per-PSAP. Production values come from the environment (see deploy/k8s); the defaults
here are for the Harlan County staging stack so `manage.py runserver` works on a dev laptop.
"""
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY",
    "⟦django_secret_key:staging⟧",
)
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,cadlink.staging.psnet.local").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "cadlink.calls",
    "cadlink.integrations",
    "cadlink.locations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "cadlink.urls"
WSGI_APPLICATION = "cadlink.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default="postgres://cadlink:cadlink@localhost:5432/cadlink",
        conn_max_age=60,
    )
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/2"),
    }
}

# --------------------------------------------------------------------------------------------
# Integrations
# --------------------------------------------------------------------------------------------

# RapidSOS: one credential per integration per ECC, issued in the Portal Admin Module.
RAPIDSOS = {
    "BASE_URL": os.environ.get("RAPIDSOS_BASE_URL", "https://api-sandbox.rapidsos.com"),
    "CLIENT_ID": os.environ.get("RAPIDSOS_CLIENT_ID", "⟦b56a_rapidsos_client_id:stg⟧"),
    "CLIENT_SECRET": os.environ.get("RAPIDSOS_CLIENT_SECRET", "⟦b56a_rapidsos_client_secret:stg⟧"),
    "TOKEN_TTL_SLACK_S": 120,
}

# what3words: callers read out ///three.word.address; call-takers convert it before geocoding
WHAT3WORDS_API_KEY = os.environ.get("W3W_API_KEY", "⟦b56a_what3words_api_key:stg⟧")
WHAT3WORDS_CLIP_TO_COUNTRY = "US"

# CAD incident API (vendor REST interface)
CAD_API_URL = os.environ.get("CAD_API_URL", "https://hc-cadapp01.psnet.harlanco.local:8443/api/v2")
CAD_API_KEY = os.environ["CAD_API_KEY"]

# Zello push-to-talk channel used by the county's volunteer SAR team (see integrations/zello.py)
ZELLO_ISSUER = os.environ.get("ZELLO_ISSUER", "cadlink-harlan")
ZELLO_CHANNEL = os.environ.get("ZELLO_CHANNEL", "HC-SAR-Dispatch")

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
