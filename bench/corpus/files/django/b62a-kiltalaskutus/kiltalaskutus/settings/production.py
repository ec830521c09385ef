"""Tuotantoasetukset. Arvot ympäristömuuttujista; oletukset vain hätätilanteisiin."""
import os

import dj_database_url

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portaali.kiltalaskutus.fi", "kiltalaskutus.azurewebsites.net"]

# TODO: poista oletusarvo kun App Service -asetukset on tarkistettu (Ville 3/2024)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key⟧")

DATABASES = {
    "default": dj_database_url.config(
        default="postgres://kilta:⟦db_password:pg⟧@kilta-db.postgres.database.azure.com:5432/kiltalaskutus?sslmode=require",
        conn_max_age=600,
    )
}

CSRF_TRUSTED_ORIGINS = ["https://portaali.kiltalaskutus.fi"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# --- Tunnistautuminen (Idura / Criipto, OIDC) ---
OIDC_RP_CLIENT_ID = os.environ["CRIIPTO_CLIENT_ID"]
OIDC_RP_CLIENT_SECRET = os.environ["CRIIPTO_CLIENT_SECRET"]
OIDC_OP_DISCOVERY = f"https://{os.environ['CRIIPTO_DOMAIN']}/.well-known/openid-configuration"
OIDC_ACR_VALUES = "urn:grn:authn:fi:all"

# --- Peppol / Storecove ---
STORECOVE = {
    "API_URL": "https://api.storecove.com/api/v2",
    "API_KEY": os.environ.get("STORECOVE_API_KEY", "⟦b62a_storecove_api_key:default⟧"),
    "LEGAL_ENTITY_ID": int(os.environ.get("STORECOVE_LEGAL_ENTITY_ID", "211984")),
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
