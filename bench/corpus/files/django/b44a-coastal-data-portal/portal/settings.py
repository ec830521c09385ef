"""
Django settings for the Coastal Observatory data portal (django-globus-portal-framework).
https://data.coastal.northmoor.ac.uk
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key⟧")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["data.coastal.northmoor.ac.uk", "localhost"]

# Globus Auth (app registered under the "Coastal Observatory" project on app.globus.org)
SOCIAL_AUTH_GLOBUS_KEY = "⟦b44a_globus_client_id:portal⟧"
SOCIAL_AUTH_GLOBUS_SECRET = "⟦b44a_globus_client_secret:portal⟧"
SOCIAL_AUTH_GLOBUS_SCOPE = [
    "urn:globus:auth:scope:search.api.globus.org:all",
    "urn:globus:auth:scope:transfer.api.globus.org:all",
]

# Globus Search index with the station metadata (index ids are not secret)
SEARCH_INDEXES = {
    "marsh-stations": {
        "name": "Saltmarsh stations",
        "uuid": "⟦uuid:searchidx⟧",
        "facets": [
            {"name": "Station", "field_name": "station_id"},
            {"name": "Variable", "field_name": "variables"},
            {"name": "Year", "field_name": "year", "type": "date_histogram", "date_interval": "year"},
        ],
    }
}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "globus_portal_framework",
    "social_django",
    "portal",
]

AUTHENTICATION_BACKENDS = [
    "globus_portal_framework.auth.GlobusOpenIdConnect",
    "django.contrib.auth.backends.ModelBackend",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "coastal_portal",
        "USER": "portal",
        "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD", "⟦db_password:portal⟧"),
        "HOST": "coastal-db.northmoor.ac.uk",
        "PORT": "5432",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "⟦sendgrid_api_key⟧"
DEFAULT_FROM_EMAIL = "Coastal Observatory <no-reply@coastal.northmoor.ac.uk>"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
