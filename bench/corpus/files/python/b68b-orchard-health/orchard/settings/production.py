"""
Production settings for orchard (patient scheduling portal).

Everything sensitive should come from the environment, which is populated from
AWS Secrets Manager by the ECS task definition. See docs/deploy.md.
"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.orchardhealth.com", "api.orchardhealth.com"]

# TODO(ops-231): remove the fallback once every task definition has DJANGO_SECRET_KEY
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY",
    "⟦django_secret_key⟧",
)

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "orchard"),
        "USER": os.environ.get("DB_USER", "orchard_app"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "orchard-prod.cluster-c9x2kq1mzt0b.us-east-2.rds.amazonaws.com"),
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/rds-global-bundle.pem"},
    },
    # analytics replica — read only, used by the reporting app through the router below
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orchard",
        "USER": "orchard_reporting",
        "PASSWORD": "⟦password:replica⟧",
        "HOST": "orchard-prod.cluster-ro-c9x2kq1mzt0b.us-east-2.rds.amazonaws.com",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "require"},
    },
}
DATABASE_ROUTERS = ["orchard.db_routers.ReportingRouter"]

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://orchard-prod.x7k2ab.ng.0001.use2.cache.amazonaws.com:6379/1"),
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ.get("SES_SMTP_USER", "⟦aws_access_key_id:ses⟧")
EMAIL_HOST_PASSWORD = os.environ.get("SES_SMTP_PASSWORD", "⟦b39b_ses_smtp_password⟧")
DEFAULT_FROM_EMAIL = "Orchard Health <no-reply@orchardhealth.com>"

LOGGING["root"]["level"] = "INFO"  # noqa: F405
