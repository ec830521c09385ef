import os
from pathlib import Path

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASE_PASSWORD = os.environ.get("DATABASE_PASSWORD")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
AWS_SECRET_ACCESS_KEY = os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "")
GITHUB_TOKEN = Path("/run/secrets/github_token").read_text().strip() if Path("/run/secrets/github_token").exists() else None
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY") or None
API_TOKEN_HEADER = "X-Api-Token"
PASSWORD_RESET_TIMEOUT = int(os.getenv("PASSWORD_RESET_TIMEOUT", "86400"))
