"""
Django settings for pagamentos (Mercearia do Largo, Lisboa).

Gerado por 'django-admin startproject' 4.2 e adaptado.
"""
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:prod⟧")

DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "pagamentos.sibs",
    "pagamentos.ifthenpay",
    "pagamentos.easypay",
    "pagamentos.faturacao",
    "pagamentos.efatura",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "pagamentos.urls"
WSGI_APPLICATION = "pagamentos.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default="postgres://mercearia:Mercearia#Largo1@localhost:5432/pagamentos",
        conn_max_age=600,
    )
}

LANGUAGE_CODE = "pt-pt"
TIME_ZONE = "Europe/Lisbon"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# ---------------------------------------------------------------------------
# Pagamentos
# ---------------------------------------------------------------------------
SIBS = {
    "API_URL": os.environ.get("SIBS_API_URL", "https://stargate-cert.qly.site1.sibs.pt/api/v2"),
    "TERMINAL_ID": int(os.environ.get("SIBS_TERMINAL_ID", "52741")),
    "CLIENT_ID": os.environ.get("SIBS_CLIENT_ID"),
    "BEARER_TOKEN": os.environ.get("SIBS_BEARER_TOKEN"),
    "WEBHOOK_SECRET": os.environ.get("SIBS_WEBHOOK_SECRET"),
}

EASYPAY = {
    # credenciais de teste públicas da documentação da easypay (só funcionam em api.test.easypay.pt)
    "TEST_ACCOUNT_ID": "2b0f63e2-9fb5-4e52-aca0-b4bf0339bbe6",
    "TEST_API_KEY": "eae4aa59-8e5b-4ec2-887d-b02768481a92",
    "ACCOUNT_ID": os.environ.get("EASYPAY_ACCOUNT_ID"),
    "API_KEY": os.environ.get("EASYPAY_API_KEY", "⟦b67a_easypay_api_key:prod⟧"),
}

# Webservice de comunicação de faturas e documentos de transporte (AT)
EFATURA = {
    "WSDL": "https://servicos.portaldasfinancas.gov.pt:400/fews/faturas?wsdl",
    "NIF": "509999990",
    "SUBUTILIZADOR": "509999990/7",
    "PASSWORD": "Largo.AT.ws2023",
    "CHAVE_PUBLICA_AT": BASE_DIR / "certs" / "ChavePublicaAT.pem",
}

MOLONI = {
    "DEVELOPER_ID": os.environ.get("MOLONI_DEVELOPER_ID", "merceariadolargo"),
    "CLIENT_SECRET": os.environ.get("MOLONI_CLIENT_SECRET"),
    "USERNAME": os.environ.get("MOLONI_USERNAME"),
    "PASSWORD": os.environ.get("MOLONI_PASSWORD"),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {"pagamentos.sibs": {"level": "DEBUG"}},
}
