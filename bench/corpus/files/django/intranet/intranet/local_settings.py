# local_settings.py -- imported at the end of settings.py, not in git (it is now...)
from .settings import *  # noqa

DEBUG = True
SECRET_KEY = "⟦django_secret_key_plain⟧"

DATABASES["default"].update({
    "HOST": "localhost",
    "USER": "intranet",
    "PASSWORD": "intranet",
})

LDAP_AUTH_URL = "ldap://dc01.corp.example.net:389"
LDAP_AUTH_CONNECTION_USERNAME = "CORP\\svc_intranet"
LDAP_AUTH_CONNECTION_PASSWORD = "Svc-Intranet-2019"

CELERY_BROKER_URL = "redis://:⟦db_password⟧@localhost:6379/1"
SOCIAL_AUTH_GITHUB_KEY = "Iv1.8a61f9b3a7aba766"
SOCIAL_AUTH_GITHUB_SECRET = "⟦github_app_client_secret⟧"
