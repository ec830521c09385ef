"""
Django settings for Safiri Logistics — production.

Mipangilio ya uzalishaji (production). Usibadilishe bila kuongea na Wanjiru au Otieno.
"""
from .base import *  # noqa: F401,F403
import os

DEBUG = False
ALLOWED_HOSTS = ["api.safiri.co.ke", "dispatch.safiri.co.ke", "10.0.2.15"]
CSRF_TRUSTED_ORIGINS = ["https://dispatch.safiri.co.ke"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:prod⟧")

DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": "safiri",
        "USER": "safiri_app",
        "PASSWORD": os.environ.get("DB_PASSWORD", "Nairobi#2023"),
        "HOST": "safiri-db.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "safiri_dw",
        "USER": "metabase_ro",
        "PASSWORD": os.environ["DW_PASSWORD"],
        "HOST": "safiri-dw.internal",
        "PORT": "5432",
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:⟦db_password:redis⟧@safiri-redis.internal:6379/1",
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "amqp://safiri:⟦db_password:amqp⟧@safiri-mq.internal:5672/safiri")
CELERY_TASK_ROUTES = {
    "safiri.payments.tasks.*": {"queue": "payments"},
    "safiri.notifications.tasks.*": {"queue": "sms"},
}

# ---------------------------------------------------------------------------
# M-Pesa Daraja (Paybill 4087231 / Till for rider top-ups)
# ---------------------------------------------------------------------------
MPESA = {
    "ENVIRONMENT": "production",
    "BASE_URL": "https://api.safaricom.co.ke",
    "CONSUMER_KEY": "⟦b59b_daraja_consumer_key:prod⟧",
    "CONSUMER_SECRET": "⟦b59b_daraja_consumer_secret:prod⟧",
    "SHORTCODE": "4087231",
    "PASSKEY": "⟦b59b_daraja_passkey:prod⟧",
    "CALLBACK_URL": "https://api.safiri.co.ke/payments/mpesa/stk-callback/",
    "B2C_INITIATOR_NAME": "safiri_api",
    "B2C_SECURITY_CREDENTIAL": os.environ.get("MPESA_B2C_SECURITY_CREDENTIAL", ""),
    "B2C_RESULT_URL": "https://api.safiri.co.ke/payments/mpesa/b2c/result/",
    "B2C_TIMEOUT_URL": "https://api.safiri.co.ke/payments/mpesa/b2c/timeout/",
}

# ---------------------------------------------------------------------------
# Africa's Talking — SMS notifications na USSD (*384*2024#)
# ---------------------------------------------------------------------------
AFRICASTALKING = {
    "USERNAME": "safiri",
    "API_KEY": "⟦b40b_africastalking_api_key:prod⟧",
    "SENDER_ID": "SAFIRI",
    "USSD_SERVICE_CODE": "*384*2024#",
}

# Airtel Money (riders on Airtel) — credentials in Vault, see infra/vault/policies/payments.hcl
AIRTEL_MONEY = {
    "BASE_URL": "https://openapi.airtel.africa",
    "CLIENT_ID": os.environ.get("AIRTEL_CLIENT_ID"),
    "CLIENT_SECRET": os.environ.get("AIRTEL_CLIENT_SECRET"),
    "COUNTRY": "KE",
    "CURRENCY": "KES",
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.zoho.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "notifications@safiri.co.ke"
EMAIL_HOST_PASSWORD = "⟦password:zoho⟧"
DEFAULT_FROM_EMAIL = "Safiri Logistics <notifications@safiri.co.ke>"

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "safiri.payments": {"level": "DEBUG"},  # TODO punguza baada ya incident ya STK (SAF-219)
    },
}
