from .base import *  # noqa: F401,F403
import ldap
from django_auth_ldap.config import LDAPSearch

DEBUG = False
ALLOWED_HOSTS = ["bookings.northwind.example", ".bookings.internal"]

SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY",
    "⟦django_secret_key_plain⟧",
)

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "bookings",
        "USER": "bookings_app",
        "PASSWORD": "⟦db_password:pg⟧",
        "HOST": "bookings-db.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_HOST_USER = "noreply@northwind.example"
EMAIL_HOST_PASSWORD = "Bookings2024!"
EMAIL_USE_TLS = True

AUTH_LDAP_SERVER_URI = "ldaps://dc01.corp.northwind.example"
AUTH_LDAP_BIND_DN = "CN=svc-bookings,OU=Service Accounts,DC=corp,DC=northwind,DC=example"
AUTH_LDAP_BIND_PASSWORD = "⟦password:ldap⟧"
AUTH_LDAP_USER_SEARCH = LDAPSearch("OU=Staff,DC=corp,DC=northwind,DC=example", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)")

PLAID_ENV = "production"
PLAID_CLIENT_ID = "⟦plaid_client_id⟧"
PLAID_SECRET = "⟦plaid_secret⟧"

SENTRY_DSN = "⟦sentry_dsn⟧"

# names of cookies and form fields, not values
CSRF_COOKIE_NAME = "bk_csrftoken"
CSRF_HEADER_NAME = "HTTP_X_CSRFTOKEN"
SESSION_COOKIE_NAME = "bk_sessionid"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
SECURE_HSTS_SECONDS = 31536000

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "rediss://:⟦db_password:redis⟧@bookings-cache.internal:6380/1",
        "KEY_PREFIX": "bookings",
    }
}
