"""
Runtime settings for the Ember & Oak integrations hub.

The hub pulls checks and labour from Toast for all six restaurants (Ember Kitchen x3, Oak & Ash,
Larder, The Pass), pushes forecast sales into 7shifts, and ships invoices/daily sales into
MarginEdge and Restaurant365. Values below are read from the environment first; the fallbacks
were put in for the January cut-over and are still the live ones (see OPS-418 - rotate + remove).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


@dataclass(frozen=True)
class ToastSettings:
    api_hostname: str = _env("TOAST_API_HOSTNAME", "https://ws-api.toasttab.com")
    client_id: str = _env("TOAST_CLIENT_ID", "⟦b47a_toast_client_id:prod⟧")
    client_secret: str = _env(
        "TOAST_CLIENT_SECRET",
        "⟦b47a_toast_client_secret:prod⟧",
    )
    user_access_type: str = "TOAST_MACHINE_CLIENT"
    # restaurant external ids (Toast-Restaurant-External-ID header) - not secret
    restaurants: dict = field(default_factory=lambda: {
        "ember-southend": "⟦b47a_toast_restaurant_guid:southend⟧",
        "ember-noda": "⟦b47a_toast_restaurant_guid:noda⟧",
        "ember-ballantyne": "⟦b47a_toast_restaurant_guid:ballantyne⟧",
        "oak-and-ash": "⟦b47a_toast_restaurant_guid:oakash⟧",
        "larder": "⟦b47a_toast_restaurant_guid:larder⟧",
        "the-pass": "⟦b47a_toast_restaurant_guid:thepass⟧",
    })


@dataclass(frozen=True)
class SevenShiftsSettings:
    base_url: str = "https://api.7shifts.com/v2"
    api_version: str = "2024-05-01"
    company_id: int = int(_env("SEVENSHIFTS_COMPANY_ID", "184233"))
    access_token: str = _env("SEVENSHIFTS_ACCESS_TOKEN", "⟦b50a_7shifts_access_token:prod⟧")


@dataclass(frozen=True)
class MarginEdgeSettings:
    base_url: str = "https://api.marginedge.com/public"
    api_key: str = _env("MARGINEDGE_API_KEY", "⟦b50a_marginedge_api_key:prod⟧")
    # restaurantUnitId per concept, from GET /restaurantUnits
    units: dict = field(default_factory=lambda: {
        "ember-southend": 311208,
        "ember-noda": 311209,
        "ember-ballantyne": 318877,
        "oak-and-ash": 290114,
        "larder": 290115,
        "the-pass": 325501,
    })


@dataclass(frozen=True)
class R365Settings:
    odata_url: str = "https://odata.restaurant365.net/api/v2/views"
    username: str = _env("R365_USER", "emberoak\\api.integration")
    password: str = _env("R365_PASSWORD", "Oakfire2023!")


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = _env(
        "HUB_DATABASE_URL",
        "postgresql://hub_app:⟦db_password:hub⟧@emberoak-hub.c7x2kq1lmn0p.us-east-1.rds.amazonaws.com:5432/hub",
    )
    pool_size: int = int(_env("HUB_DB_POOL", "5"))


@dataclass(frozen=True)
class AlertSettings:
    slack_webhook: str = _env("HUB_SLACK_WEBHOOK", "⟦slack_webhook:ops⟧")
    sentry_dsn: str = _env("SENTRY_DSN", "⟦sentry_dsn:hub⟧")


TOAST = ToastSettings()
SEVENSHIFTS = SevenShiftsSettings()
MARGINEDGE = MarginEdgeSettings()
R365 = R365Settings()
DB = DatabaseSettings()
ALERTS = AlertSettings()
