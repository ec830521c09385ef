"""Flask config for CampusEats (CS 3200 final project backend)."""
import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "⟦flask_secret_key:campuseats⟧")

    DB_HOST = os.environ.get("DB_HOST", "165.227.94.18")
    DB_USER = os.environ.get("DB_USER", "campuseats_app")
    DB_PASSWORD = os.environ.get("DB_PASSWORD", "Husky2025!")
    DB_NAME = "campuseats"
    SQLALCHEMY_DATABASE_URI = f"mysql+pymysql://{DB_USER}:{DB_PASSWORD}@{DB_HOST}:3306/{DB_NAME}"
    SQLALCHEMY_TRACK_MODIFICATIONS = False

    # order confirmation emails
    MAIL_SERVER = "smtp.gmail.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = "team9.cs3200@gmail.com"
    MAIL_PASSWORD = "⟦google_app_password:team9⟧"

    # stripe test mode (checkout demo only)
    STRIPE_PUBLISHABLE_KEY = "pk_test_51PfakeDemoKeyForCampusEatsTeam9xxxxxxxxxxxxxxxxxxxxxxxxx"
    STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "⟦stripe_secret_test:team9⟧")


class TestConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"
    WTF_CSRF_ENABLED = False
