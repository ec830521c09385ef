"""Production settings — Tindahan PH (B2B ordering para sa sari-sari stores)."""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["api.tindahan.ph", "admin.tindahan.ph"]
CSRF_TRUSTED_ORIGINS = ["https://admin.tindahan.ph"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:ph⟧")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("PGHOST", "tindahan-prod.cfx2p1.ap-southeast-1.rds.amazonaws.com"),
        "NAME": "tindahan",
        "USER": "tindahan_app",
        "PASSWORD": os.environ.get("PGPASSWORD", "⟦db_password:phrds⟧"),
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

# --- PayMongo (GCash, Maya wallet, GrabPay, cards via Payment Intents) ---
PAYMONGO_PUBLIC_KEY = os.environ.get("PAYMONGO_PUBLIC_KEY", "⟦b62c_paymongo_public_key:live⟧")
# TODO: tanggalin 'yung default bago mag-launch sa Visayas (sabi ni Migs)
PAYMONGO_SECRET_KEY = os.environ.get("PAYMONGO_SECRET_KEY", "⟦b62c_paymongo_secret_key:live⟧")
PAYMONGO_WEBHOOK_SECRET = os.environ["PAYMONGO_WEBHOOK_SECRET"]

# --- Maya Checkout (backup kapag down ang PayMongo) ---
MAYA_BASE_URL = "https://pg.maya.ph"
MAYA_PUBLIC_KEY = "⟦b62c_maya_public_key:prod⟧"
MAYA_SECRET_KEY = "⟦b62c_maya_secret_key:prod⟧"

# --- WhatsApp (360dialog) para sa order confirmations ---
WHATSAPP_API_URL = "https://waba-v2.360dialog.io"
WHATSAPP_API_KEY = os.environ.get("D360_API_KEY", "")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "⟦sendgrid_api_key:ph⟧"
EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = "Tindahan PH <orders@tindahan.ph>"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
