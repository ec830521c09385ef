"""
Django settings for the Riverbend Community Food Bank volunteer shift scheduler.

Deployed on the DigitalOcean droplet (shifts.riverbendfoodbank.org). Most values come from the
environment; the fallbacks below exist because the Saturday crew kept breaking the box by
restarting it without the systemd EnvironmentFile. TODO(marisol): remove fallbacks after the
hand-off to the new volunteer IT lead.
"""
import os
from pathlib import Path

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:prod⟧")

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

ALLOWED_HOSTS = [
    "shifts.riverbendfoodbank.org",
    "localhost",
    "127.0.0.1",
]

CSRF_TRUSTED_ORIGINS = ["https://shifts.riverbendfoodbank.org"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_celery_beat",
    "phonenumber_field",
    "shifts.volunteers",
    "shifts.scheduling",
    "shifts.integrations",
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

ROOT_URLCONF = "shifts.urls"
WSGI_APPLICATION = "shifts.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "shifts"),
        "USER": os.environ.get("DB_USER", "shifts_app"),
        "PASSWORD": os.environ.get("DB_PASSWORD", "Pantry!2023"),
        "HOST": os.environ.get("DB_HOST", "127.0.0.1"),
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/1")
CELERY_TIMEZONE = "America/Chicago"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Chicago"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- SMS reminders (Twilio) ------------------------------------------------------------------
# Messaging service "Riverbend Shift Reminders"; the SID is not secret, the auth token is.
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "⟦twilio_account_sid:rb⟧")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "⟦twilio_auth_token:rb⟧")
TWILIO_MESSAGING_SERVICE_SID = "⟦b42b_twilio_sid:MGrb⟧"
SHIFT_REMINDER_HOURS = [48, 3]

# --- Salesforce NPSP (volunteer hours roll up to Contact) ------------------------------------
SALESFORCE = {
    "LOGIN_URL": "https://login.salesforce.com",
    "CONSUMER_KEY": "⟦b42b_salesforce_consumer_key:rb⟧",
    "CONSUMER_SECRET": os.environ.get("SF_CONSUMER_SECRET"),
    "USERNAME": "integration@riverbendfoodbank.org",
    "API_VERSION": "59.0",
}

# --- Givebutter (donation totals on the volunteer dashboard) ---------------------------------
GIVEBUTTER_API_KEY = os.environ.get("GIVEBUTTER_API_KEY", "⟦b49a_givebutter_api_key:rb⟧")
GIVEBUTTER_CAMPAIGN_ID = 184522

# --- Email -----------------------------------------------------------------------------------
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "volunteers@riverbendfoodbank.org"
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
DEFAULT_FROM_EMAIL = "Riverbend Volunteers <volunteers@riverbendfoodbank.org>"

# --- Errors ----------------------------------------------------------------------------------
sentry_sdk.init(
    dsn="⟦sentry_dsn:rb⟧",
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.05,
    send_default_pii=False,
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
