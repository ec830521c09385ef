"""Settings for the Fernpoint background worker (runs as the `worker` process on Fly).

Shares the database with the API; reads everything from the environment, with
development defaults so `python -m fernpoint.worker` works on a laptop.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DEBUG", "0") == "1"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:worker⟧")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "fernpoint_api"),
        "USER": os.environ.get("PGUSER", "fernpoint_api"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", "localhost"),
        "PORT": os.environ.get("PGPORT", "5432"),
        "CONN_MAX_AGE": 60,
    }
}

# --- jobs ---------------------------------------------------------------------------
WORKER_QUEUES = ["default", "emails", "partner-sync"]
WORKER_CONCURRENCY = int(os.environ.get("WORKER_CONCURRENCY", "4"))
PARTNER_SYNC_INTERVAL = 15 * 60

# After a schedule import we rebuild the static docs site (routes/timetables pages).
DOCS_DEPLOY_HOOK = os.environ.get(
    "DOCS_DEPLOY_HOOK",
    "⟦b40a_render_deploy_hook:docs⟧",
)

# Partner timetable feed (Skärgårdsbåtar) -- HTTP basic
PARTNER_FEED_URL = "https://feeds.skargardsbatar.se/gtfs/fernpoint.zip"
PARTNER_FEED_USER = os.environ.get("PARTNER_FEED_USER", "fernpoint")
PARTNER_FEED_PASSWORD = os.environ.get("PARTNER_FEED_PASSWORD", "Skargard#2023")

EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
ANYMAIL = {"POSTMARK_SERVER_TOKEN": os.environ.get("POSTMARK_SERVER_TOKEN", "")}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
