"""
Django settings for voter_lookup ("Where do I vote?", voter.sos.granitestate.gov).

Production values come from the environment (rendered by the ansible `voterlookup` role from the
vault). Defaults below are for local development only.
"""
from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


SECRET_KEY = env("DJANGO_SECRET_KEY", "⟦django_secret_key:vl⟧")
DEBUG = env("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = env("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "lookup",
    "pollingplaces",
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
]

ROOT_URLCONF = "voter_lookup.urls"
WSGI_APPLICATION = "voter_lookup.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("DB_NAME", "voterlookup"),
        "USER": env("DB_USER", "voterlookup"),
        "PASSWORD": env("DB_PASSWORD", ""),
        "HOST": env("DB_HOST", "localhost"),
        "PORT": env("DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
    },
    # read-only copy of the statewide voter registration system (ElectioNet) for the
    # "am I registered?" check -- SQL Server, through a linked reporting replica
    "sveris": {
        "ENGINE": "mssql",
        "NAME": "SVRS_Reporting",
        "USER": "vl_readonly",
        "PASSWORD": env("SVRS_PASSWORD", "Svrs-R3adOnly-2023"),
        "HOST": "svrs-rpt.sos.granitestate.local",
        "PORT": "1433",
        "OPTIONS": {"driver": "ODBC Driver 18 for SQL Server", "extra_params": "TrustServerCertificate=yes"},
    },
}
DATABASE_ROUTERS = ["lookup.routers.SvrsRouter"]

# --- address autocomplete / geocoding ---
SMARTY_ENABLED = env("SMARTY_ENABLED", "true") == "true"
SMARTY_AUTH_ID = env("SMARTY_AUTH_ID")
SMARTY_AUTH_TOKEN = env("SMARTY_AUTH_TOKEN")
SMARTY_EMBEDDED_KEY = "⟦b68a_smarty_embedded_key:vl⟧"  # browser autocomplete, host-locked to voter.sos.granitestate.gov

# Google Civic Information API (used only for the federal district lookup fallback)
GOOGLE_CIVIC_API_KEY = env("GOOGLE_CIVIC_API_KEY", "⟦gcp_api_key:civic⟧")

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = 0 if DEBUG else 31536000

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}
