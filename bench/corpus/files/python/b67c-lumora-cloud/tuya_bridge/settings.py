"""
Runtime settings for the Lumora Tuya bridge.

The bridge subscribes to Tuya's message service (Pulsar) for our OEM product line
(LUM-A19, LUM-BR30, LUM-STRIP) and mirrors device state into our own DynamoDB tables,
so the Lumora app keeps working even when the Smart Life backend is slow.

Values come from the environment in staging/prod (see deploy/ecs-task.json); the
defaults below are only meant for a developer laptop.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------
# Tuya cloud project "lumora-oem-eu" (Cloud > Development > Overview)
# ---------------------------------------------------------------------------
TUYA_ENDPOINT = os.getenv("TUYA_ENDPOINT", "https://openapi.tuyaeu.com")
TUYA_MQ_ENDPOINT = os.getenv("TUYA_MQ_ENDPOINT", "wss://mqe.tuyaeu.com:8285/")

# Access ID is the client_id of the project, the secret signs every request (HMAC-SHA256)
TUYA_ACCESS_ID = os.getenv("TUYA_ACCESS_ID", "⟦b39c_tuya_access_id⟧")
TUYA_ACCESS_SECRET = os.getenv("TUYA_ACCESS_SECRET", "⟦b39c_tuya_access_secret⟧")

# Smart Life app schema the end users are linked through
TUYA_APP_SCHEMA = os.getenv("TUYA_APP_SCHEMA", "smartlife")
TUYA_PRODUCT_IDS = [p for p in os.getenv("TUYA_PRODUCT_IDS", "keyjup78v54myhan,keyn5dps8ugqnuxw,keyw9ay3yk9cs7jv").split(",") if p]

# ---------------------------------------------------------------------------
# Our side
# ---------------------------------------------------------------------------
AWS_REGION = os.getenv("AWS_REGION", "eu-west-1")
DEVICE_TABLE = os.getenv("DEVICE_TABLE", "lumora-devices-dev")
STATE_TABLE = os.getenv("STATE_TABLE", "lumora-device-state-dev")
EVENT_BUS = os.getenv("EVENT_BUS", "lumora-events-dev")

# Internal API the mobile app talks to; the bridge calls /internal/* with this shared key
LUMORA_INTERNAL_URL = os.getenv("LUMORA_INTERNAL_URL", "http://localhost:8080")
LUMORA_INTERNAL_KEY = os.getenv("LUMORA_INTERNAL_KEY", "")

REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/3")


@dataclass
class PulsarSettings:
    """Tuya message service consumer settings.

    The Pulsar subscription name must be ``<access_id>-sub`` for Tuya to route events.
    """

    url: str = TUYA_MQ_ENDPOINT
    access_id: str = TUYA_ACCESS_ID
    # Tuya derives the Pulsar password from the access secret: md5(access_id + md5(secret))[8:24]
    access_secret: str = TUYA_ACCESS_SECRET
    env: str = os.getenv("TUYA_MQ_ENV", "event")  # "event" = prod, "event-test" = test channel
    receiver_queue_size: int = 1000
    ack_timeout_ms: int = 30_000

    @property
    def subscription(self) -> str:
        return f"{self.access_id}-sub"


@dataclass
class Settings:
    pulsar: PulsarSettings = field(default_factory=PulsarSettings)
    endpoint: str = TUYA_ENDPOINT
    region: str = AWS_REGION
    device_table: str = DEVICE_TABLE
    state_table: str = STATE_TABLE
    event_bus: str = EVENT_BUS
    internal_url: str = LUMORA_INTERNAL_URL
    internal_key: str = LUMORA_INTERNAL_KEY
    redis_url: str = REDIS_URL
    product_ids: list[str] = field(default_factory=lambda: list(TUYA_PRODUCT_IDS))
    log_level: str = os.getenv("LOG_LEVEL", "INFO")


def load() -> Settings:
    s = Settings()
    if not s.internal_key and os.getenv("LUMORA_ENV", "dev") != "dev":
        raise RuntimeError("LUMORA_INTERNAL_KEY must be set outside dev")
    return s
