"""Nautobot configuration (mounted from files/nautobot_config.py by the Helm chart)."""
import os
import sys

from nautobot.core.settings import *  # noqa: F401,F403
from nautobot.core.settings_funcs import is_truthy, parse_redis_connection

ALLOWED_HOSTS = os.getenv("NAUTOBOT_ALLOWED_HOSTS", "").split(" ")

DATABASES = {
    "default": {
        "NAME": os.getenv("NAUTOBOT_DB_NAME", "nautobot"),
        "USER": os.getenv("NAUTOBOT_DB_USER", ""),
        "PASSWORD": os.getenv("NAUTOBOT_DB_PASSWORD", ""),
        "HOST": os.getenv("NAUTOBOT_DB_HOST", "localhost"),
        "PORT": os.getenv("NAUTOBOT_DB_PORT", ""),
        "CONN_MAX_AGE": int(os.getenv("NAUTOBOT_DB_TIMEOUT", "300")),
        "ENGINE": os.getenv("NAUTOBOT_DB_ENGINE", "django.db.backends.postgresql"),
    }
}

# Fallback kept from the pilot so `nautobot-server nbshell` works on a laptop without the env file.
SECRET_KEY = os.getenv("NAUTOBOT_SECRET_KEY", "⟦django_secret_key_plain:fallback⟧")

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": parse_redis_connection(redis_database=1),
        "TIMEOUT": 300,
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}

NAPALM_USERNAME = os.getenv("NAPALM_USERNAME", "nautobot")
NAPALM_PASSWORD = os.getenv("NAPALM_PASSWORD", "")
NAPALM_TIMEOUT = 30

PLUGINS = ["nautobot_ssot", "nautobot_golden_config", "nautobot_device_lifecycle_mgmt"]

PLUGINS_CONFIG = {
    "nautobot_ssot": {
        "hide_example_jobs": True,
        # Infoblox integration
        "enable_infoblox": True,
        "infoblox_url": "https://gm.ipam.stonebridge-dc.co.uk",
        "infoblox_username": "svc-nautobot",
        "infoblox_password": "⟦password:infoblox⟧",
        "infoblox_verify_ssl": True,
        "infoblox_wapi_version": "v2.12",
        # ServiceNow CMDB sync
        "enable_servicenow": True,
        "servicenow_instance": "stonebridgedc",
        "servicenow_username": "nautobot.integration",
        "servicenow_password": os.getenv("SERVICENOW_PASSWORD"),
    },
    "nautobot_golden_config": {
        "per_feature_bar_width": 0.15,
        "enable_backup": True,
        "enable_compliance": True,
        "platform_slug_map": None,
    },
}

TESTING = len(sys.argv) > 1 and sys.argv[1] == "test"
METRICS_ENABLED = is_truthy(os.getenv("NAUTOBOT_METRICS_ENABLED", "True"))
