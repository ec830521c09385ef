"""
Django settings for the Ledgerline JIT funding gateway.

The gateway receives Marqeta JIT Funding requests (gateway_jit), decides using the
program's spend controls and the ledger balance, and answers within 3 seconds.
"""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    JIT_DECISION_TIMEOUT_MS=(int, 2400),
)
environ.Env.read_env(BASE_DIR / ".env")

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = env("DJANGO_SECRET_KEY", default="⟦django_secret_key⟧")

DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "jit.ledgerline.internal"])

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "ledger",
    "jit",
    "programs",
    "webhooks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "jit.middleware.RequestTimingMiddleware",
    "jit.middleware.BasicAuthGatewayMiddleware",
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "gateway.urls"
WSGI_APPLICATION = "gateway.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://ledgerline:ledgerline@localhost:5432/ledgerline"),
}
DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["default"]["OPTIONS"] = {"connect_timeout": 2}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_URL", default="redis://localhost:6379/1"),
    }
}

# ---------------------------------------------------------------------------
# Marqeta
# ---------------------------------------------------------------------------
MARQETA = {
    "BASE_URL": env("MARQETA_BASE_URL", default="https://sandbox-api.marqeta.com/v3"),
    "APPLICATION_TOKEN": env("MARQETA_APPLICATION_TOKEN", default=""),
    "ADMIN_ACCESS_TOKEN": env("MARQETA_ADMIN_ACCESS_TOKEN", default=""),
    # precomputed header for the card-reissue cron, saves a b64 per call
    "BASIC_HEADER": "Basic ⟦b44b_marqeta_basic|b64⟧",
    "TIMEOUT": 5,
}

# Credentials Marqeta presents when calling our JIT endpoint (configured on the
# program's funding source, gateway_jit). Must match what Marqeta has on file.
JIT_GATEWAY = {
    "USERNAME": "marqeta-jit",
    "PASSWORD": env("JIT_GATEWAY_PASS", default="Ledgerline#JIT2024"),
    "DECISION_TIMEOUT_MS": env("JIT_DECISION_TIMEOUT_MS"),
    "STAND_IN": "decline",
}

# ---------------------------------------------------------------------------
# Lithic
# ---------------------------------------------------------------------------
LITHIC = {
    "ENVIRONMENT": env("LITHIC_ENVIRONMENT", default="sandbox"),
    "API_KEY": env("LITHIC_API_KEY", default=None),
    "WEBHOOK_SECRET": env("LITHIC_WEBHOOK_SECRET", default=None),
}

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "UNAUTHENTICATED_USER": None,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = env("SENDGRID_API_KEY", default="⟦sendgrid_api_key⟧")
EMAIL_USE_TLS = True

TIME_ZONE = "UTC"
USE_TZ = True
