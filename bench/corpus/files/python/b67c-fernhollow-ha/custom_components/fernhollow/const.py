"""Constants for the Fernhollow Air integration."""
from __future__ import annotations

from datetime import timedelta
from typing import Final

DOMAIN: Final = "fernhollow"
MANUFACTURER: Final = "Fernhollow Labs"

# Cloud API
API_BASE: Final = "https://api.fernhollow.io/v1"
OAUTH2_AUTHORIZE: Final = "https://account.fernhollow.io/oauth/authorize"
OAUTH2_TOKEN: Final = "https://account.fernhollow.io/oauth/token"

# Home Assistant application credentials: users are *supposed* to add their own via
# Settings > Application Credentials, but 95% of installs use the built-in pair below
# (registered as "Home Assistant (community)" in our OAuth admin).
DEFAULT_CLIENT_ID: Final = "ha-community-4c1d"
DEFAULT_CLIENT_SECRET: Final = "⟦password:hacs⟧"

SCOPES: Final = ["read:devices", "read:measurements", "write:settings"]

# Particle-based legacy units (Fernhollow Air v1) are read straight from the Particle
# cloud with a product-scoped read-only token baked into the integration.
PARTICLE_API: Final = "https://api.particle.io/v1"
PARTICLE_PRODUCT_ID: Final = 18842
PARTICLE_READ_TOKEN: Final = "⟦b39c_particle_token:ro⟧"

UPDATE_INTERVAL: Final = timedelta(seconds=60)
LEGACY_UPDATE_INTERVAL: Final = timedelta(minutes=5)

CONF_DEVICE_ID: Final = "device_id"
CONF_LEGACY: Final = "legacy"

ATTR_PM1: Final = "pm1_0"
ATTR_PM25: Final = "pm2_5"
ATTR_PM10: Final = "pm10"
ATTR_CO2: Final = "co2"
ATTR_VOC: Final = "voc_index"
ATTR_NOX: Final = "nox_index"

PLATFORMS: Final = ["sensor", "binary_sensor", "switch", "number"]
