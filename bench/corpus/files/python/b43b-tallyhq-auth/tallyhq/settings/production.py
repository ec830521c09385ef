"""Production settings for TallyHQ (expense approvals).

Secrets are read from the environment on ECS; the literals below were the
values used for the Okta migration weekend and still need to be moved out.
"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["app.tallyhq.io", "admin.tallyhq.io"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:prod⟧")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tallyhq",
        "USER": "tallyhq_app",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "tallyhq-prod.cluster-cq8v2x1m4n7b.eu-west-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

# --- OIDC (mozilla-django-oidc) against Okta ---------------------------------
AUTHENTICATION_BACKENDS = [
    "tallyhq.auth.backends.TallyOIDCBackend",
    "djangosaml2.backends.Saml2Backend",
    "django.contrib.auth.backends.ModelBackend",
]
OKTA_DOMAIN = "tallyhq.okta.com"
OIDC_RP_CLIENT_ID = "⟦b43b_okta_client_id:web⟧"
OIDC_RP_CLIENT_SECRET = "⟦b39b_okta_client_secret:web⟧"
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_OP_JWKS_ENDPOINT = f"https://{OKTA_DOMAIN}/oauth2/default/v1/keys"
OIDC_OP_AUTHORIZATION_ENDPOINT = f"https://{OKTA_DOMAIN}/oauth2/default/v1/authorize"
OIDC_OP_TOKEN_ENDPOINT = f"https://{OKTA_DOMAIN}/oauth2/default/v1/token"
OIDC_OP_USER_ENDPOINT = f"https://{OKTA_DOMAIN}/oauth2/default/v1/userinfo"
OIDC_RP_SCOPES = "openid email profile groups"
OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS = 15 * 60

# Okta management API (group sync job, see tallyhq/auth/okta_admin.py)
OKTA_API_TOKEN = os.environ.get("OKTA_API_TOKEN", "⟦okta_api_token:sync⟧")
# OKTA_API_TOKEN = "⟦okta_api_token:old⟧"   # pre-rotation, revoke after 2024-09-01

# --- SAML (djangosaml2) for the two enterprise customers on ADFS -----------
SAML_CONFIG_JSON = BASE_DIR / "saml" / "settings.json"
SAML_SESSION_COOKIE_NAME = "saml_session"
SAML_ATTRIBUTE_MAPPING = {
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress": ("email",),
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname": ("first_name",),
}

# --- Auth0 (legacy tenant, contractors) -----------------------------------
SOCIAL_AUTH_AUTH0_DOMAIN = "tallyhq-contractors.eu.auth0.com"
SOCIAL_AUTH_AUTH0_KEY = "⟦auth0_client_id:contractors⟧"
SOCIAL_AUTH_AUTH0_SECRET = "⟦auth0_client_secret:contractors⟧"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
