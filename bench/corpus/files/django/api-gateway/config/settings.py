import os
from datetime import timedelta

import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(os.path.join(os.path.dirname(__file__), ".env"))

SECRET_KEY = env("DJANGO_SECRET_KEY", default="⟦django_secret_key⟧")
DEBUG = env("DEBUG")

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://gateway:gateway-local-pw@localhost:5432/gateway")}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
    "SIGNING_KEY": env("JWT_SIGNING_KEY", default=SECRET_KEY),
    "AUTH_HEADER_TYPES": ("Bearer",),
}

SENTRY_DSN = env("SENTRY_DSN", default="")
SLACK_WEBHOOK_URL = env("SLACK_WEBHOOK_URL", default="⟦slack_webhook⟧")
OPENAI_API_KEY = env("OPENAI_API_KEY", default=None)
RATELIMIT_TOKENS_PER_MINUTE = 600
