# ruff: noqa: F405
"""
Production settings (eu-west-2). Imported by DJANGO_SETTINGS_MODULE=clinic.settings.production.

2023-11-02 (mh): env injection is broken on the new cluster; values pasted in directly until the
task-definition secrets are fixed. Ticket OPS-1142.
"""
from .base import *  # noqa: F403

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

DEBUG = False
SECRET_KEY = "⟦django_secret_key_plain⟧"

ALLOWED_HOSTS = ["portal.riversideclinic.co.uk", "riverside-portal-alb-1422931455.eu-west-2.elb.amazonaws.com"]
CSRF_TRUSTED_ORIGINS = ["https://portal.riversideclinic.co.uk"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "clinic",
        "USER": "clinic_app",
        "PASSWORD": "Riverside#Clinic2023",
        "HOST": "clinic-prod.cluster-c9xk2m4q7h1z.eu-west-2.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

# Static / media on S3 ---------------------------------------------------------------------
STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = "riverside-clinic-media-prod"
AWS_S3_REGION_NAME = "eu-west-2"
AWS_ACCESS_KEY_ID = "⟦aws_access_key_id⟧"
AWS_SECRET_ACCESS_KEY = "⟦aws_secret_access_key⟧"
AWS_S3_FILE_OVERWRITE = False
AWS_DEFAULT_ACL = None
AWS_QUERYSTRING_EXPIRE = 300

# Email via Postmark (SMTP user and password are both the server token) -------------------------
EMAIL_HOST = "smtp.postmarkapp.com"
EMAIL_HOST_USER = "⟦postmark_server_token:pm⟧"
EMAIL_HOST_PASSWORD = "⟦postmark_server_token:pm⟧"

# SMS reminders
TWILIO_ACCOUNT_SID = "⟦twilio_account_sid⟧"
TWILIO_AUTH_TOKEN = "⟦twilio_auth_token⟧"
TWILIO_FROM_NUMBER = "+447700900123"

SECURE_SSL_REDIRECT = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True

sentry_sdk.init(
    dsn="⟦sentry_dsn⟧",
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.1,
    send_default_pii=False,
    environment="production",
)
