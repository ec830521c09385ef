# Superset config for bi.lumeninsights.io (mounted at /app/pythonpath/superset_config.py)
import os
from datetime import timedelta

from celery.schedules import crontab

ROW_LIMIT = 50000
SQL_MAX_ROW = 100000
SUPERSET_WEBSERVER_PORT = 8088
SUPERSET_WEBSERVER_TIMEOUT = int(timedelta(minutes=3).total_seconds())

# openssl rand -base64 42
SECRET_KEY = "⟦b41a_superset_secret_key:new⟧"
# Only while `superset re-encrypt-secrets` runs after the June rotation; delete afterwards.
PREVIOUS_SECRET_KEY = "⟦b41a_superset_secret_key:old⟧"

SQLALCHEMY_DATABASE_URI = (
    "postgresql+psycopg2://superset:⟦db_password:meta⟧"
    "@lumen-superset-meta.cluster-cq81xk2v0z.eu-west-1.rds.amazonaws.com:5432/superset"
)

REDIS_HOST = os.environ.get("REDIS_HOST", "lumen-redis.internal")
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD", "⟦db_password:redis⟧")

CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 300,
    "CACHE_KEY_PREFIX": "superset_",
    "CACHE_REDIS_URL": f"redis://:{REDIS_PASSWORD}@{REDIS_HOST}:6379/1",
}
DATA_CACHE_CONFIG = {**CACHE_CONFIG, "CACHE_KEY_PREFIX": "superset_data_", "CACHE_DEFAULT_TIMEOUT": 86400}


class CeleryConfig:
    broker_url = f"redis://:{REDIS_PASSWORD}@{REDIS_HOST}:6379/0"
    result_backend = f"redis://:{REDIS_PASSWORD}@{REDIS_HOST}:6379/0"
    imports = ("superset.sql_lab", "superset.tasks.scheduler")
    worker_prefetch_multiplier = 1
    task_acks_late = False
    beat_schedule = {
        "reports.scheduler": {"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")},
        "reports.prune_log": {"task": "reports.prune_log", "schedule": crontab(minute=10, hour=0)},
    }


CELERY_CONFIG = CeleryConfig

FEATURE_FLAGS = {
    "ALERT_REPORTS": True,
    "DASHBOARD_RBAC": True,
    "EMBEDDED_SUPERSET": True,
    "ENABLE_TEMPLATE_PROCESSING": True,
}

# embedded dashboards in the customer portal
GUEST_ROLE_NAME = "EmbedViewer"
GUEST_TOKEN_JWT_SECRET = "⟦jwt_hmac_secret:guest⟧"
GUEST_TOKEN_JWT_ALGO = "HS256"
GUEST_TOKEN_JWT_EXP_SECONDS = 300

MAPBOX_API_KEY = "⟦mapbox_public_token:maps⟧"

SMTP_HOST = "smtp.sendgrid.net"
SMTP_STARTTLS = True
SMTP_SSL = False
SMTP_USER = "apikey"
SMTP_PORT = 587
SMTP_PASSWORD = "⟦sendgrid_api_key:smtp⟧"
SMTP_MAIL_FROM = "reports@lumeninsights.io"

SLACK_API_TOKEN = os.environ["SUPERSET_SLACK_API_TOKEN"]
WEBDRIVER_BASEURL = "http://superset:8088/"
WEBDRIVER_BASEURL_USER_FRIENDLY = "https://bi.lumeninsights.io/"
