"""
Production settings for the Harborview PMS bridge.

The bridge sits between Mews (the PMS at the Quayside and Old Mill properties), OPERA Cloud via OHIP
(the Harborview Grand, still on Oracle until the 2025 migration), the door-lock encoders and the guest
Wi-Fi portal. Anything that changes per environment should come from the environment; see
docs/deploy.md. (Yes, some of the fallbacks below are real. Ticket HV-1182 tracks moving them.)
"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["pms-bridge.harborviewhotels.internal", "10.40.2.15"]

SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY",
    "⟦django_secret_key:prod⟧",
)

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "pms_bridge",
        "USER": "pms_bridge_app",
        "PASSWORD": os.environ.get("PMS_BRIDGE_DB_PASSWORD", "⟦db_password:bridge⟧"),
        "HOST": "pg-prod-01.harborviewhotels.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:⟦password:redis⟧@redis-prod-01.harborviewhotels.internal:6379/2",
    }
}

# --- Mews Connector API ------------------------------------------------------------------------
MEWS = {
    "PLATFORM_ADDRESS": "https://api.mews.com",
    "CLIENT": "Harborview PMS Bridge 3.4.1",
    # one ClientToken per integration, one AccessToken per enterprise (property)
    "CLIENT_TOKEN": "⟦b48a_mews_client_token:prod⟧",
    "ACCESS_TOKENS": {
        "quayside": os.environ.get("MEWS_TOKEN_QUAYSIDE", "⟦b48a_mews_access_token:quayside⟧"),
        "old-mill": os.environ.get("MEWS_TOKEN_OLD_MILL", ""),
    },
    "ENTERPRISE_IDS": {
        "quayside": "⟦uuid:ent_quayside⟧",
        "old-mill": "⟦uuid:ent_oldmill⟧",
    },
}

# --- Oracle Hospitality Integration Platform (OPERA Cloud) --------------------------------------
OHIP = {
    "GATEWAY_URL": "https://hvg-ohip.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com",
    "HOTEL_ID": "HVGRAND",
    "CLIENT_ID": "HARBORVIEW_Client",
    "CLIENT_SECRET": os.environ.get("OHIP_CLIENT_SECRET"),
    "APP_KEY": "⟦b48a_ohip_app_key:prod⟧",
    "INTEGRATION_USER": "HV_BRIDGE_INT",
    "INTEGRATION_PASSWORD": os.environ["OHIP_INTEGRATION_PASSWORD"],
}

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": "⟦sendgrid_api_key:bridge⟧"}
DEFAULT_FROM_EMAIL = "frontdesk@harborviewhotels.com"

SENTRY_DSN = "⟦sentry_dsn:bridge⟧"

LOGGING["loggers"]["bridge.mews"]["level"] = "INFO"  # noqa: F405
