# local_settings.py -- imported at the bottom of production.py on alumni-web-01
# (keep this file out of git! it is listed in .gitignore ... since March)
from .production import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["alumni.northfield.edu", "alumni-web-01.northfield.edu"]

SECRET_KEY = "⟦django_secret_key_plain⟧"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "alumni",
        "USER": "alumni_web",
        "PASSWORD": "⟦db_password:pg⟧",
        "HOST": "pg-alumni.northfield.edu",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

# Gmail relay for the reunion mailers (account: alumni.office@northfield.edu, 2FA on, app password)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "alumni.office@northfield.edu"
EMAIL_HOST_PASSWORD = "⟦google_app_password⟧"

# django-storages
AWS_ACCESS_KEY_ID = "⟦aws_access_key_id⟧"
AWS_SECRET_ACCESS_KEY = "⟦aws_secret_access_key⟧"
AWS_STORAGE_BUCKET_NAME = "northfield-alumni-media"
AWS_S3_REGION_NAME = "us-east-1"

# social-auth-app-django
SOCIAL_AUTH_LINKEDIN_OAUTH2_KEY = "86x4kq2w9zj7tp"
SOCIAL_AUTH_LINKEDIN_OAUTH2_SECRET = "⟦b39b_linkedin_client_secret⟧"
SOCIAL_AUTH_FACEBOOK_KEY = "1843920571163402"
SOCIAL_AUTH_FACEBOOK_SECRET = "⟦generic_api_key_hex32:fbapp⟧"

# Donations (Stripe) -- the publishable key is rendered into the donate page template
STRIPE_PUBLISHABLE_KEY = "⟦stripe_publishable_live⟧"
STRIPE_SECRET_KEY = "⟦stripe_restricted_live⟧"

CELERY_BROKER_URL = "redis://:Alumn1-Redis-2024@127.0.0.1:6379/3"

SENTRY_DSN = "⟦sentry_dsn⟧"
