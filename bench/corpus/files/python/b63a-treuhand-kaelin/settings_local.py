# Kälin Mandantenportal (Django) – lokale Overrides für den Produktivserver app-kaelin-01
# Diese Datei ist in .gitignore ... eigentlich. (git log zeigt sie seit v1.4)
from .settings import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.kaelin-treuhand.ch"]

SECRET_KEY = "⟦django_secret_key:portal⟧"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mandantenportal",
        "USER": "portal",
        "PASSWORD": "⟦db_password:portal⟧",
        "HOST": "db-kaelin-01.kaelin.local",
        "PORT": "5432",
    }
}

# bexio OAuth-App "Kälin Mandantenportal" (Mandanten verbinden ihr bexio selbst)
BEXIO_CLIENT_ID = "⟦uuid:bexio-portal⟧"
BEXIO_CLIENT_SECRET = "⟦b63a_bexio_client_secret:portal⟧"
BEXIO_REDIRECT_URI = "https://portal.kaelin-treuhand.ch/bexio/callback"
BEXIO_SCOPES = ["openid", "profile", "offline_access", "kb_invoice_show", "contact_show", "accounting"]

EMAIL_HOST = "mail.kaelin-treuhand.ch"
EMAIL_HOST_USER = "portal@kaelin-treuhand.ch"
EMAIL_HOST_PASSWORD = os.environ["PORTAL_MAIL_PASSWORD"]  # noqa: F405

CSRF_TRUSTED_ORIGINS = ["https://portal.kaelin-treuhand.ch"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
