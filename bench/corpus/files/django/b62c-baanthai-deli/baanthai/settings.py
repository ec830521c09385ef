"""
Django settings for baanthai project (Baan Thai Deli — ระบบสั่งอาหาร + ส่งถึงบ้าน กรุงเทพฯ)
"""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = env("DJANGO_SECRET_KEY", default="⟦django_secret_key:bt⟧")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["api.baanthaideli.co.th", "localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "orders",
    "payments",
    "riders",
    "line_bot",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "baanthai.urls"
WSGI_APPLICATION = "baanthai.wsgi.application"

DATABASES = {
    "default": env.db(
        "DATABASE_URL",
        default="postgres://baanthai:⟦db_password:btpg⟧@db.baanthai.internal:5432/baanthai",
    )
}

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/1")
CELERY_TIMEZONE = "Asia/Bangkok"

LANGUAGE_CODE = "th"
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# ---------------------------------------------------------------------------
# Opn Payments (Omise) — บัตรเครดิต, PromptPay, TrueMoney
# public key ใช้ใน Omise.js ฝั่งหน้าเว็บ ส่วน secret key ใช้ฝั่งเซิร์ฟเวอร์เท่านั้น
# ---------------------------------------------------------------------------
OMISE_PUBLIC_KEY = env("OMISE_PUBLIC_KEY", default="⟦b62c_omise_public_key:live⟧")
OMISE_SECRET_KEY = env("OMISE_SECRET_KEY", default="⟦b62c_omise_secret_key:live⟧")
OMISE_API_VERSION = "2019-05-29"

# ---------------------------------------------------------------------------
# LINE Messaging API — แจ้งสถานะออเดอร์ผ่าน LINE OA @baanthaideli
# ---------------------------------------------------------------------------
LINE_CHANNEL_ID = env("LINE_CHANNEL_ID", default="⟦b58a_line_channel_id:oa⟧")
LINE_CHANNEL_SECRET = env("LINE_CHANNEL_SECRET", default="⟦b58a_line_channel_secret:oa⟧")
LINE_CHANNEL_ACCESS_TOKEN = env(
    "LINE_CHANNEL_ACCESS_TOKEN",
    default="⟦b58a_line_channel_access_token:oa⟧",
)

# 2C2P (บัตรต่างประเทศ / installment) — ค่าอยู่ใน config/2c2p-merchant.xml
TWOC2P_CONFIG = BASE_DIR / "config" / "2c2p-merchant.xml"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_THROTTLE_RATES": {"anon": "60/min", "user": "600/min"},
}

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
