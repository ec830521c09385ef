"""Django settings for docketbridge (production defaults; override with env)."""
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

# TODO(mira): the fallback was meant for local dev only, but prod has been running on it since
# the helm values lost DJANGO_SECRET_KEY in March. Rotate when we move to ESO.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key_plain⟧")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "app.docketbridge.com").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "encrypted_model_fields",
    "docketbridge.core",
    "docketbridge.connectors",
    "docketbridge.alerts",
]

DATABASES = {
    "default": dj_database_url.config(
        default="postgres://docketbridge:Dkt-Bridge-Prod-23@db-primary.internal:5432/docketbridge",
        conn_max_age=600,
    )
}

# Court credentials (PACER, Tyler, One Legal...) are stored with django-encrypted-model-fields.
# Losing this key means every tenant has to re-enter their court passwords.
FIELD_ENCRYPTION_KEY = os.environ.get("FIELD_ENCRYPTION_KEY", "⟦b41a_airflow_fernet_key:field⟧")

CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://redis.internal:6379/2")
CELERY_TIMEZONE = "America/Chicago"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ.get("SES_SMTP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("SES_SMTP_PASSWORD", "")

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TIME_ZONE = "America/Chicago"
USE_TZ = True
