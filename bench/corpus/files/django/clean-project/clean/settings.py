"""Settings for the clean project: every secret comes from the environment."""
import os

from django.core.exceptions import ImproperlyConfigured


def required(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError as exc:
        raise ImproperlyConfigured(f"Set the {name} environment variable") from exc


SECRET_KEY = required("DJANGO_SECRET_KEY")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "clean"),
        "USER": os.environ.get("POSTGRES_USER", "clean"),
        "PASSWORD": required("POSTGRES_PASSWORD"),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
AWS_SECRET_ACCESS_KEY = os.getenv("AWS_SECRET_ACCESS_KEY")
TOKEN_EXPIRY_HOURS = 12
