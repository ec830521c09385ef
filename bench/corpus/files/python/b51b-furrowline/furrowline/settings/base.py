"""
Django settings for the Furrowline API (shared by web, worker and scheduler).

Environment-specific overrides live in settings/staging.py and settings/prod.py.
"""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["localhost", "127.0.0.1"]),
)
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="⟦django_secret_key⟧")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.gis",
    "rest_framework",
    "rest_framework_gis",
    "corsheaders",
    "django_celery_beat",
    "furrowline.accounts",
    "furrowline.fields",
    "furrowline.imagery",
    "furrowline.prescriptions",
    "furrowline.integrations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "furrowline.urls"
WSGI_APPLICATION = "furrowline.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": env("POSTGRES_DB", default="furrowline"),
        "USER": env("POSTGRES_USER", default="furrowline"),
        "PASSWORD": env("POSTGRES_PASSWORD", default="Tillage#2023"),
        "HOST": env("POSTGRES_HOST", default="localhost"),
        "PORT": env("POSTGRES_PORT", default="5432"),
        "CONN_MAX_AGE": 60,
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_URL", default="redis://localhost:6379/1"),
    }
}

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/2")
CELERY_TASK_ROUTES = {
    "furrowline.imagery.tasks.*": {"queue": "imagery"},
    "furrowline.integrations.tasks.*": {"queue": "sync"},
}
CELERY_BEAT_SCHEDULE = {
    "deere-sync-hourly": {"task": "furrowline.integrations.tasks.sync_deere", "schedule": 3600},
    "cfv-sync-hourly": {"task": "furrowline.integrations.tasks.sync_fieldview", "schedule": 3600},
    "ndvi-nightly": {"task": "furrowline.imagery.tasks.refresh_ndvi", "schedule": 86400},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Chicago"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
}

CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=["http://localhost:5173"])

# ---------------------------------------------------------------------------
# Imagery providers
# ---------------------------------------------------------------------------
IMAGERY = {
    "PLANET": {
        "API_KEY": env("PL_API_KEY", default=""),
        "BASE_URL": "https://api.planet.com",
        "ITEM_TYPES": ["PSScene"],
        "ASSET": "ortho_analytic_8b_sr",
    },
    "SENTINEL_HUB": {
        # Copernicus Data Space account "ops@furrowline.ag"
        "CLIENT_ID": env("SH_CLIENT_ID", default="⟦b51b_sentinelhub_client_id:cdse⟧"),
        "CLIENT_SECRET": env("SH_CLIENT_SECRET", default="⟦b51b_sentinelhub_client_secret:cdse⟧"),
        "TOKEN_URL": "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token",
        "PROCESS_URL": "https://sh.dataspace.copernicus.eu/api/v1/process",
    },
    "MAX_CLOUD_COVER": 0.2,
    "NDVI_EVALSCRIPT": BASE_DIR / "furrowline" / "imagery" / "evalscripts" / "ndvi.js",
}

# ---------------------------------------------------------------------------
# Weather
# ---------------------------------------------------------------------------
WEATHER = {
    "PROVIDER": env("WEATHER_PROVIDER", default="openweather"),
    "OPENWEATHER_APPID": env("OWM_APPID", default="⟦openweathermap_key:agro⟧"),
    "AGRO_POLYGON_URL": "https://api.agromonitoring.com/agro/1.0/polygons",
    "TOMORROW_KEY": env("TOMORROW_API_KEY", default=None),
    "GDD_BASE_F": 50,
}

# ---------------------------------------------------------------------------
# Farm-management integrations (see furrowline/integrations/*)
# ---------------------------------------------------------------------------
INTEGRATIONS = {
    "DEERE": {
        "CLIENT_ID": env("DEERE_CLIENT_ID", default=None),
        "CLIENT_SECRET": env("DEERE_CLIENT_SECRET", default=None),
        "WEBHOOK_SECRET": env("DEERE_WEBHOOK_SECRET", default=None),
    },
    "FIELDVIEW": {
        "API_KEY": env("CFV_API_KEY", default=None),
        "CLIENT_ID": env("CFV_CLIENT_ID", default=None),
        "CLIENT_SECRET": env("CFV_CLIENT_SECRET", default=None),
    },
    "TRIMBLE": {
        "CLIENT_ID": env("TRIMBLE_CLIENT_ID", default=None),
        "CLIENT_SECRET": env("TRIMBLE_CLIENT_SECRET", default=None),
    },
}

AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="furrowline-dev-imagery")
AWS_S3_REGION_NAME = "us-east-2"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "furrowline.integrations": {"level": "DEBUG" if DEBUG else "INFO"},
        "urllib3": {"level": "WARNING"},
    },
}

SENTRY_DSN = env("SENTRY_DSN", default="")
