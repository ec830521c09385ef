"""
Django settings for the Kestrel Ground Segment (KGS) mission planning backend.

KGS schedules contacts on AWS Ground Station and Azure Orbital, pulls GP/TLE data from
Space-Track, mirrors SatNOGS observations for KST-2/KST-3 and feeds the COSMOS command
database. Everything secret is *supposed* to come from the environment (see deploy/kgs.env.j2).
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = os.environ.get("KGS_SECRET_KEY", "⟦django_secret_key:kgs⟧")

DEBUG = os.environ.get("KGS_DEBUG", "0") == "1"

ALLOWED_HOSTS = [
    "kgs.kestrel-orbital.space",
    "kgs-staging.kestrel-orbital.space",
    "localhost",
    "127.0.0.1",
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_celery_beat",
    "kgs.passes",
    "kgs.contacts",
    "kgs.tle",
    "kgs.satnogs_mirror",
    "kgs.cmd_db",
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

ROOT_URLCONF = "kgs.urls"
WSGI_APPLICATION = "kgs.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("KGS_DB_NAME", "kgs"),
        "USER": os.environ.get("KGS_DB_USER", "kgs_app"),
        "PASSWORD": os.environ.get("KGS_DB_PASSWORD", "⟦db_password:kgsdb⟧"),
        "HOST": os.environ.get("KGS_DB_HOST", "kgs-db.internal.kestrel-orbital.space"),
        "PORT": os.environ.get("KGS_DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
    }
}

CELERY_BROKER_URL = os.environ.get("KGS_BROKER_URL", "redis://:⟦db_password:kgsredis|url⟧@redis.internal:6379/3")
CELERY_TIMEZONE = "UTC"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 14}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}

# ---------------------------------------------------------------------------
# Fleet
# ---------------------------------------------------------------------------
# NORAD catalogue numbers and COSPAR ids are public (space-track SATCAT).
KESTREL_FLEET = {
    "KST-2": {"norad_id": 58412, "cospar": "2023-185AF", "downlink_mhz": 8212.5},
    "KST-3": {"norad_id": 60117, "cospar": "2024-128K", "downlink_mhz": 8235.0},
    "KST-4": {"norad_id": 61893, "cospar": "2024-203Q", "downlink_mhz": 8235.0},
}

# ---------------------------------------------------------------------------
# Space-Track (GP / TLE ingest)
# ---------------------------------------------------------------------------
SPACETRACK = {
    "BASE_URL": "https://www.space-track.org",
    "IDENTITY": os.environ.get("SPACETRACK_IDENTITY", "flightdynamics@kestrel-orbital.space"),
    # shared FD account, rotate in 1Password when someone leaves
    "PASSWORD": os.environ.get("SPACETRACK_PASSWORD", "KestrelFD#Orbit2024"),
    "RATE_LIMIT_PER_MIN": 25,
    "QUERY": "/basicspacedata/query/class/gp/NORAD_CAT_ID/{ids}/orderby/EPOCH desc/format/json",
}

# N2YO is only used for the public "next pass" widget on the website
N2YO_API_KEY = os.environ.get("N2YO_API_KEY") or "⟦b53a_n2yo_api_key:web⟧"
N2YO_BASE = "https://api.n2yo.com/rest/v1/satellite"

# ---------------------------------------------------------------------------
# SatNOGS mirror (observations for KST-2 UHF beacon)
# ---------------------------------------------------------------------------
SATNOGS = {
    "NETWORK_API": "https://network.satnogs.org/api/",
    "DB_API": "https://db.satnogs.org/api/",
    "TOKEN": os.environ.get("SATNOGS_API_TOKEN", "⟦b53a_satnogs_api_token:kgs⟧"),
    "SATELLITE_IDS": ["XBEK-6172-4512-8102-1733", "YQQE-0034-8761-3320-7719"],
}

# ---------------------------------------------------------------------------
# Ground networks
# ---------------------------------------------------------------------------
AWS_GROUND_STATION = {
    "REGION": "us-east-2",
    "MISSION_PROFILE_ARN": "arn:aws:groundstation:us-east-2:⟦aws_account_id:gs⟧:mission-profile/⟦uuid:mp⟧",
    "SATELLITE_ID": "⟦uuid:gs-sat⟧",
    "CONTACT_SNS_TOPIC": "arn:aws:sns:us-east-2:⟦aws_account_id:gs⟧:kgs-contact-events",
}

AZURE_ORBITAL = {
    "SUBSCRIPTION_ID": "⟦uuid:az-sub⟧",
    "RESOURCE_GROUP": "rg-kestrel-orbital-prod",
    "SPACECRAFT": "kst3",
    "CONTACT_PROFILE": "kst3-xband-profile",
    "TENANT_ID": os.environ.get("AZURE_TENANT_ID", "⟦uuid:az-tenant⟧"),
    "CLIENT_ID": os.environ.get("AZURE_CLIENT_ID", "⟦uuid:az-client⟧"),
    "CLIENT_SECRET": os.environ["AZURE_CLIENT_SECRET"],
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ.get("KGS_SMTP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("KGS_SMTP_PASSWORD", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "kgs": {"handlers": ["console"], "level": os.environ.get("KGS_LOG_LEVEL", "INFO")},
        "kgs.tle": {"handlers": ["console"], "level": "DEBUG", "propagate": False},
    },
}
