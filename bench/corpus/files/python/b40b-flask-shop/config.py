import os
from datetime import timedelta

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    APP_NAME = "Kettle & Co."
    SECRET_KEY = os.environ.get("SECRET_KEY") or "⟦flask_secret_key⟧"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or "sqlite:///" + os.path.join(basedir, "shop.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    WTF_CSRF_TIME_LIMIT = None

    # Payments -----------------------------------------------------------------------------
    PAYMENT_PROVIDER = os.environ.get("PAYMENT_PROVIDER", "mollie")
    MOLLIE_API_KEY = os.environ.get("MOLLIE_API_KEY", "⟦mollie_api_key⟧")
    MOLLIE_WEBHOOK_URL = "https://kettleandco.nl/payments/mollie/webhook"

    PAYPAL_CLIENT_ID = os.environ.get("PAYPAL_CLIENT_ID", "⟦paypal_client_id⟧")
    PAYPAL_CLIENT_SECRET = os.environ.get("PAYPAL_CLIENT_SECRET", "⟦paypal_client_secret⟧")

    # Shipping labels ----------------------------------------------------------------------
    SHIPPO_API_TOKEN = os.environ.get("SHIPPO_API_TOKEN", "⟦shippo_token⟧")
    SHIPPO_FROM_ADDRESS = {
        "name": "Kettle & Co. Warehouse",
        "street1": "Industrieweg 14",
        "city": "Utrecht",
        "zip": "3542 AD",
        "country": "NL",
        "phone": "+31 30 000 0000",
        "email": "warehouse@kettleandco.nl",
    }

    # Mail ---------------------------------------------------------------------------------
    MAIL_SERVER = "smtp.mailgun.org"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = "postmaster@mg.kettleandco.nl"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_DEFAULT_SENDER = ("Kettle & Co.", "orders@kettleandco.nl")

    ITEMS_PER_PAGE = 24
    ADMINS = ["ops@kettleandco.nl"]


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_ECHO = False
    MOLLIE_API_KEY = "test_" + "dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"  # docs example key


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False
    SECRET_KEY = "testing"
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    MOLLIE_API_KEY = "test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    SHIPPO_API_TOKEN = "shippo_test_0000000000000000000000000000000000000000"


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"


config = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
    "default": DevelopmentConfig,
}
