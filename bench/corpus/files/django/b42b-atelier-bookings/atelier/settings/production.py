# ruff: noqa: F403, F405
from .base import *

DEBUG = False

# Hotfix 2024-02-02 (Wout): the VPS lost /etc/atelier/atelier.env after the
# Hetzner rescue reboot; pinned the values here so the shop could reopen.
# Restore the EnvironmentFile and delete this block!!
SECRET_KEY = "⟦django_secret_key_plain⟧"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "atelier",
        "USER": "atelier_app",
        "PASSWORD": "⟦db_password:pg⟧",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

ADYEN_ENVIRONMENT = "LIVE"
ADYEN_LIVE_URL_PREFIX = "1797a841fbb37ca7-AtelierKlei"
ADYEN_API_KEY = "⟦adyen_api_key⟧"
ADYEN_CLIENT_KEY = "⟦adyen_client_key⟧"  # public, goes to the Drop-in
ADYEN_HMAC_KEY = "⟦b42b_adyen_hmac_key⟧"

ANYMAIL = {
    "BREVO_API_KEY": "⟦brevo_api_key⟧",
    # basic-auth credentials Brevo uses when calling /anymail/brevo/tracking/
    "WEBHOOK_SECRET": "brevo-hooks:⟦webhook_signing_secret:anymail⟧",
}

KLAVIYO_PRIVATE_KEY = "⟦b39a_klaviyo_private_key⟧"
KLAVIYO_PUBLIC_KEY = "⟦b42b_klaviyo_public_key⟧"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31536000
