"""
Django settings for trip_ingest (RoadSense UBI trip ingestion + admin).

Receives trip summaries from the mobile SDK and OBD dongles, verifies the device HMAC, enriches with Smartcar
odometer reads for connected-car customers, and publishes to the `trips.raw` Kafka topic for the scoring service.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:ingest⟧")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "ingest.roadsense.io,localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "trips",
    "devices",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "trip_ingest.urls"
WSGI_APPLICATION = "trip_ingest.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "trips"),
        "USER": os.environ.get("PGUSER", "trip_ingest"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", "localhost"),
        "PORT": 5432,
    }
}

# --- Kafka (MSK, SASL/SCRAM) ---
KAFKA = {
    "bootstrap.servers": os.environ.get("KAFKA_BOOTSTRAP", "b-1.roadsense-msk.x1c2v3.c4.kafka.us-east-2.amazonaws.com:9096"),
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "SCRAM-SHA-512",
    "sasl.username": os.environ.get("KAFKA_USER", "trip-ingest"),
    "sasl.password": os.environ.get("KAFKA_PASSWORD", "⟦password:msk⟧"),
    "client.id": "trip-ingest",
}
TRIPS_TOPIC = "trips.raw"

# --- device authentication ---
# Every dongle signs its trip payload with HMAC-SHA256 using the fleet key provisioned at manufacturing
# (firmware/obd-dongle.ini). Rotating it means reflashing, so it lives here as well as in SSM.
DEVICE_HMAC_KEY = os.environ.get("DEVICE_HMAC_KEY", "⟦b65c_trip_hmac_key_b64url:fleet⟧")
DEVICE_CLOCK_SKEW_SECONDS = 300

# --- Smartcar (connected-car odometer + location for the "no-dongle" program) ---
SMARTCAR_CLIENT_ID = "⟦b52a_smartcar_client_id:rs⟧"
SMARTCAR_CLIENT_SECRET = os.environ.get("SMARTCAR_CLIENT_SECRET", "⟦b52a_smartcar_client_secret:rs⟧")
SMARTCAR_REDIRECT_URI = "https://app.roadsense.io/connect/smartcar/callback"
SMARTCAR_MODE = os.environ.get("SMARTCAR_MODE", "live")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["devices.auth.DeviceHmacAuthentication"],
    "DEFAULT_THROTTLE_RATES": {"device": "120/min"},
}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TIME_ZONE = "UTC"
USE_TZ = True

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
