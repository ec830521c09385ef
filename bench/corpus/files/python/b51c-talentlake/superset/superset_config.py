# Superset config for the People Analytics BI instance (bi.talentlake.example).
# Mounted into the container at /app/pythonpath/superset_config.py.
import os

from celery.schedules import crontab
from flask_appbuilder.security.manager import AUTH_OAUTH

ROW_LIMIT = 50000
SUPERSET_WEBSERVER_TIMEOUT = 120

# Flask session signing / encryption of stored DB credentials
SECRET_KEY = "⟦flask_secret_key:superset⟧"

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:⟦db_password:superset⟧@pa-superset-db.internal:5432/superset"

# Row-level security is configured per role; PII dashboards require HR_PII_READER
FEATURE_FLAGS = {
    "DASHBOARD_RBAC": True,
    "EMBEDDED_SUPERSET": False,
    "ALERT_REPORTS": True,
}

AUTH_TYPE = AUTH_OAUTH
AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Gamma"
OAUTH_PROVIDERS = [
    {
        "name": "okta",
        "icon": "fa-circle-o",
        "token_key": "access_token",
        "remote_app": {
            "client_id": "⟦b43b_okta_client_id:superset⟧",
            "client_secret": os.environ.get("OKTA_CLIENT_SECRET", "⟦b39b_okta_client_secret:superset⟧"),
            "api_base_url": "https://talentlake.okta.com/oauth2/v1/",
            "client_kwargs": {"scope": "openid profile email groups"},
            "access_token_url": "https://talentlake.okta.com/oauth2/v1/token",
            "authorize_url": "https://talentlake.okta.com/oauth2/v1/authorize",
            "server_metadata_url": "https://talentlake.okta.com/.well-known/openid-configuration",
        },
    }
]

class CeleryConfig:
    broker_url = "redis://pa-redis.internal:6379/0"
    result_backend = "redis://pa-redis.internal:6379/1"
    imports = ("superset.sql_lab", "superset.tasks.scheduler")
    beat_schedule = {
        "reports.scheduler": {"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")},
        "reports.prune_log": {"task": "reports.prune_log", "schedule": crontab(minute=0, hour=0)},
    }

CELERY_CONFIG = CeleryConfig

SMTP_HOST = "smtp.sendgrid.net"
SMTP_PORT = 587
SMTP_STARTTLS = True
SMTP_USER = "apikey"
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "⟦sendgrid_api_key:superset⟧")
SMTP_MAIL_FROM = "bi-reports@talentlake.example"
