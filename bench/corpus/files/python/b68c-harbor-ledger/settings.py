# hlportal/settings.py -- client upload portal (receipts, bank statements)
from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:portal⟧")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["portal.harborledger.com", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "storages",
    "uploads",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "hlportal",
        "USER": "hlportal",
        "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD", "Ledger!Harbor88"),
        "HOST": "hl-db-01.internal",
        "PORT": "5432",
    }
}

# receipts bucket
AWS_STORAGE_BUCKET_NAME = "hl-client-uploads"
AWS_S3_REGION_NAME = "us-east-1"
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "portal@harborledger.com"
EMAIL_HOST_PASSWORD = "⟦google_app_password:portal⟧"

STATIC_URL = "/static/"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_TZ = True
