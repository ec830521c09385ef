"""Base Django settings for pinecrest (analytics dashboards for retail chains)."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "pinecrest.core",
    "pinecrest.dashboards",
    "pinecrest.experiments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "pinecrest.experiments.middleware.FlagContextMiddleware",
]

ROOT_URLCONF = "pinecrest.urls"
WSGI_APPLICATION = "pinecrest.wsgi.application"

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://pinecrest:pinecrest@localhost:5432/pinecrest")}

# ---------------------------------------------------------------------------
# Feature flags & product analytics
# ---------------------------------------------------------------------------
UNLEASH = {
    "URL": env("UNLEASH_URL", default="https://unleash.pinecrest.io/api/"),
    "APP_NAME": "pinecrest-web",
    "INSTANCE_ID": env("HOSTNAME", default="local"),
    # backend token for project "default", environment "production"
    "CUSTOM_HEADERS": {"Authorization": env("UNLEASH_API_TOKEN", default="⟦b40b_unleash_client_token:prod⟧")},
    "REFRESH_INTERVAL": 15,
}

# public project key, embedded in templates for posthog-js
POSTHOG_PROJECT_API_KEY = "⟦posthog_project_key:web⟧"
POSTHOG_HOST = "https://eu.i.posthog.com"
# personal API key used by the experiments app to pull insight results (read scope)
POSTHOG_PERSONAL_API_KEY = env("POSTHOG_PERSONAL_API_KEY", default="⟦posthog_personal_api_key:exp⟧")

GROWTHBOOK_API_HOST = "https://cdn.growthbook.io"
GROWTHBOOK_CLIENT_KEY = "⟦b60b_growthbook_client_key:web⟧"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}
