"""Production settings for the Lumenmint API (Django 5, gunicorn on ECS)."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["api.lumenmint.xyz", ".lumenmint.internal"]
CSRF_TRUSTED_ORIGINS = ["https://lumenmint.xyz", "https://app.lumenmint.xyz"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:prod⟧")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "lumenmint",
        "USER": "lumenmint_app",
        "PASSWORD": os.environ.get("DB_PASSWORD", "⟦db_password:app⟧"),
        "HOST": "lumenmint-prod.cluster-c8x2j1a.us-east-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "rediss://default:⟦upstash_redis_token:cache⟧@usw1-quiet-gecko-33012.upstash.io:6379"),
    }
}

# --- web3 providers -------------------------------------------------------------------------
WEB3 = {
    "BASE_RPC_URL": os.environ.get("BASE_RPC_URL", "https://base-mainnet.g.alchemy.com/v2/⟦alchemy_key:api⟧"),
    # address-activity webhook from Alchemy Notify; the signing key verifies X-Alchemy-Signature
    "ALCHEMY_WEBHOOK_SIGNING_KEY": os.environ.get("ALCHEMY_WEBHOOK_SIGNING_KEY", "whsec_⟦generic_api_key_alnum40:alchwh|slice=0-24⟧"),
    "MORALIS_API_KEY": os.environ["MORALIS_API_KEY"],
    "OPENSEA_API_KEY": os.environ.get("OPENSEA_API_KEY", ""),
    "PASS_CONTRACT": "⟦b47b_eth_address:pass⟧",
    "CHAIN_ID": 8453,
}

# allowlist mint signatures are produced by this key (EIP-712, domain "LumenPass")
MINT_SIGNER_PRIVATE_KEY = os.environ.get("MINT_SIGNER_PRIVATE_KEY", "⟦b39c_eth_private_key:mintsigner⟧")

PINATA = {
    "JWT": os.environ.get("PINATA_JWT"),
    "GATEWAY": "lumenmint.mypinata.cloud",
    "GATEWAY_KEY": "⟦generic_api_key_alnum40:pinatagw|slice=0-32⟧",
}

AWS_STORAGE_BUCKET_NAME = "lumenmint-media-prod"
AWS_S3_REGION_NAME = "us-east-1"
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")

SENTRY_DSN = "⟦sentry_dsn:api⟧"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
