"""Runtime configuration for the Lakeshore DMS bridge.

Everything is read from the environment first (the systemd unit loads /etc/lakeshore/bridge.env);
the literal fallbacks below exist so that `python -m lakeshore.sync --store 04` works on the
service-desk laptop without the env file. TODO(mkowalski): remove fallbacks before go-live (LSA-212).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str = "") -> str:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


@dataclass(frozen=True)
class FortellisSettings:
    # CDK Fortellis marketplace app "Lakeshore Inventory Bridge" (prod org)
    token_url: str = "https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token"
    api_base: str = "https://api.fortellis.io/cdk"
    api_key: str = _env("FORTELLIS_API_KEY", "⟦b52a_fortellis_api_key:prod⟧")
    api_secret: str = _env("FORTELLIS_API_SECRET", "⟦b52a_fortellis_api_secret:prod⟧")
    # one Subscription-Id per rooftop, shown on the Fortellis "Subscriptions" page
    subscriptions: dict = field(default_factory=lambda: {
        "01-lakeshore-chevrolet": "⟦b52a_fortellis_subscription_id:s01⟧",
        "02-lakeshore-buick-gmc": "⟦b52a_fortellis_subscription_id:s02⟧",
        "04-harbor-ford": "⟦b52a_fortellis_subscription_id:s04⟧",
    })


@dataclass(frozen=True)
class ReynoldsSettings:
    # Reynolds RCI (ERA-IGNITE) for the two Toyota stores that never moved to CDK
    endpoint: str = "https://rci.reyrey.net/ws/v2/"
    dealer_number: str = "PPS4471"
    store_numbers: tuple = ("05", "06")
    username: str = _env("RCI_USERNAME", "lakeshore_rci")
    password: str = _env("RCI_PASSWORD", "Toyota!Lake2023")


@dataclass(frozen=True)
class Settings:
    fortellis: FortellisSettings = field(default_factory=FortellisSettings)
    reynolds: ReynoldsSettings = field(default_factory=ReynoldsSettings)
    database_url: str = _env(
        "DATABASE_URL",
        "postgresql://bridge_app:⟦db_password:bridge⟧@lsa-sql02.lakeshore.local:5432/dms_bridge",
    )
    sentry_dsn: str = _env("SENTRY_DSN", "⟦sentry_dsn⟧")
    poll_minutes: int = int(_env("POLL_MINUTES", "15"))


SETTINGS = Settings()
