# instance/config.py -- loaded with app.config.from_pyfile("config.py", silent=True)
# This folder is instance-specific; the one on the warehouse server is below.

SECRET_KEY = "⟦flask_secret_key⟧"

SQLALCHEMY_DATABASE_URI = "mysql+pymysql://inventory:⟦db_password:mysql|url⟧@db.warehouse.lan:3306/inventory?charset=utf8mb4"
SQLALCHEMY_ENGINE_OPTIONS = {"pool_recycle": 280, "pool_pre_ping": True}
SQLALCHEMY_TRACK_MODIFICATIONS = False

# Flask-Mail via Mailgun SMTP
MAIL_SERVER = "smtp.eu.mailgun.org"
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = "postmaster@mg.warehouse-tools.eu"
MAIL_PASSWORD = "⟦db_password:mgsmtp⟧"
MAILGUN_API_KEY = "⟦mailgun_api_key⟧"

# product search (Algolia); the search-only key is also used by the browser widget
ALGOLIA_APP_ID = "QX7R2KD9PL"
ALGOLIA_ADMIN_KEY = "⟦algolia_admin_key⟧"
ALGOLIA_SEARCH_KEY = "⟦algolia_search_key⟧"

# label printing service
SHIPPO_API_TOKEN = "⟦shippo_token⟧"

WTF_CSRF_TIME_LIMIT = None
BARCODE_PREFIX = "WH2-"
