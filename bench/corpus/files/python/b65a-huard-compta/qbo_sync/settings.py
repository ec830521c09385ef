"""Settings for qbo_sync — pulls QuickBooks Online (Canada) ledgers of our bookkeeping clients
into the firm's Postgres for the year-end working papers (T2 / CO-17)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

# Intuit developer app "Huard Compta — Grand livre" (production keys)
QBO_CLIENT_ID = os.getenv("QBO_CLIENT_ID", "⟦b44b_qbo_client_id:prod⟧")
QBO_CLIENT_SECRET = os.getenv("QBO_CLIENT_SECRET", "⟦b44b_qbo_client_secret:prod⟧")
QBO_REDIRECT_URI = "https://outils.huardcompta.ca/qbo/callback"
QBO_ENVIRONMENT = os.getenv("QBO_ENVIRONMENT", "production")
QBO_MINOR_VERSION = 70

# Webhooks: verifier token from the app's Webhooks page
QBO_WEBHOOK_VERIFIER = os.getenv("QBO_WEBHOOK_VERIFIER")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "qbo_sync",
        "USER": "qbo",
        "PASSWORD": os.getenv("PGPASSWORD", "Huard!Compta22"),
        "HOST": "localhost",
        "PORT": 5432,
    }
}

# Clients (realm ids are company identifiers, not secrets)
CLIENTS = {
    "boulangerie-st-roch": {"realm_id": "⟦b44b_qbo_realm_id:stroch⟧", "fiscal_year_end": "12-31", "province": "QC"},
    "garage-bellavance": {"realm_id": "⟦b44b_qbo_realm_id:garage⟧", "fiscal_year_end": "06-30", "province": "QC"},
    "rocky-view-dental": {"realm_id": "⟦b44b_qbo_realm_id:dental⟧", "fiscal_year_end": "12-31", "province": "AB"},
}

# The refresh tokens rotate every call; they are stored in the oauth_tokens table.
# This one is for the demo sandbox company only... it was copied from the OAuth playground.
SANDBOX_REFRESH_TOKEN = "⟦b44b_qbo_refresh_token:sandbox⟧"

SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "⟦django_secret_key:local⟧")
DEBUG = os.getenv("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["outils.huardcompta.ca", "localhost"]
TIME_ZONE = "America/Edmonton"
LANGUAGE_CODE = "fr-ca"
