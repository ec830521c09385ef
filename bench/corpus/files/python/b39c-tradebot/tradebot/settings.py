"""Runtime settings for the mean-reversion bot.

Everything can be overridden from the environment; the defaults are what runs on the
paper account on my desktop.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal


def _env(name: str, default: str) -> str:
    value = os.getenv(name)
    return value if value not in (None, "") else default


def _flag(name: str, default: bool = False) -> bool:
    return _env(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class AlpacaSettings:
    base_url: str = _env("APCA_API_BASE_URL", "https://paper-api.alpaca.markets")
    key_id: str = _env("APCA_API_KEY_ID", "⟦b39c_alpaca_key_id⟧")
    secret_key: str = _env("APCA_API_SECRET_KEY", "⟦b39c_alpaca_secret⟧")
    data_feed: str = _env("APCA_DATA_FEED", "iex")


@dataclass(frozen=True)
class DataSettings:
    polygon_key: str = _env("POLYGON_API_KEY", "⟦polygon_key⟧")
    # Nasdaq Data Link (ex-Quandl) for the futures roll calendar
    ndl_key: str = _env("NASDAQ_DATA_LINK_API_KEY", "⟦b39c_nasdaq_datalink_key⟧")
    cache_dir: str = _env("TRADEBOT_CACHE", os.path.expanduser("~/.cache/tradebot"))


@dataclass(frozen=True)
class AlertSettings:
    telegram_token: str = _env("TG_BOT_TOKEN", "⟦telegram_bot_token⟧")
    telegram_chat_id: int = int(_env("TG_CHAT_ID", "-1001874402211"))
    enabled: bool = _flag("TRADEBOT_ALERTS", True)


@dataclass(frozen=True)
class StrategySettings:
    universe: tuple[str, ...] = ("SPY", "QQQ", "IWM", "XLF", "XLE", "XLK", "TLT", "GLD")
    lookback_days: int = 20
    entry_z: Decimal = Decimal("-2.0")
    exit_z: Decimal = Decimal("-0.25")
    max_position_usd: Decimal = Decimal("2500")
    max_gross_usd: Decimal = Decimal("15000")
    stop_loss_pct: Decimal = Decimal("0.06")


@dataclass(frozen=True)
class Settings:
    alpaca: AlpacaSettings = field(default_factory=AlpacaSettings)
    data: DataSettings = field(default_factory=DataSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    strategy: StrategySettings = field(default_factory=StrategySettings)
    dry_run: bool = _flag("TRADEBOT_DRY_RUN", False)
    log_level: str = _env("TRADEBOT_LOG_LEVEL", "INFO")


SETTINGS = Settings()
