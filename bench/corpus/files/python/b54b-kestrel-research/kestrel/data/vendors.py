"""Vendor adapters for the Kestrel research data lake.

Every adapter returns a tidy ``pandas.DataFrame`` indexed by (ts_event, symbol) in UTC.
Credentials come from the environment (see ``.env.example``); the defaults below exist only
so that notebooks keep working on the shared research box -- TODO(ajb): remove before the
repo goes to the new monorepo.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Iterable

import pandas as pd
import requests

log = logging.getLogger(__name__)

POLYGON_BASE = "https://api.polygon.io"
TIINGO_BASE = "https://api.tiingo.com"
AV_BASE = "https://www.alphavantage.co/query"

# Shared research-box fallback (Tiingo Power plan, billed to research cost centre 4410)
TIINGO_TOKEN = os.getenv("TIINGO_TOKEN", "⟦b54b_tiingo_token:shared⟧")
POLYGON_API_KEY = os.environ.get("POLYGON_API_KEY")
ALPHAVANTAGE_API_KEY = os.environ.get("ALPHAVANTAGE_API_KEY", "")


class VendorError(RuntimeError):
    pass


@dataclass
class RateLimiter:
    per_minute: int
    _stamps: list[float] = field(default_factory=list)

    def wait(self) -> None:
        now = time.monotonic()
        self._stamps = [t for t in self._stamps if now - t < 60.0]
        if len(self._stamps) >= self.per_minute:
            sleep_for = 60.0 - (now - self._stamps[0]) + 0.05
            log.debug("rate limit: sleeping %.2fs", sleep_for)
            time.sleep(sleep_for)
        self._stamps.append(time.monotonic())


def _get(url: str, params: dict | None = None, headers: dict | None = None, retries: int = 4) -> dict:
    for attempt in range(retries):
        resp = requests.get(url, params=params, headers=headers, timeout=30)
        if resp.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        if resp.status_code >= 400:
            raise VendorError(f"{url} -> {resp.status_code}: {resp.text[:200]}")
        return resp.json()
    raise VendorError(f"{url}: gave up after {retries} attempts")


# ---------------------------------------------------------------------------------------------
# Polygon aggregates
# ---------------------------------------------------------------------------------------------
class PolygonAggs:
    def __init__(self, api_key: str | None = None, limiter: RateLimiter | None = None):
        self.api_key = api_key or POLYGON_API_KEY
        if not self.api_key:
            raise VendorError("POLYGON_API_KEY is not set")
        self.limiter = limiter or RateLimiter(per_minute=300)

    def bars(self, symbol: str, start: date, end: date, mult: int = 1, span: str = "minute") -> pd.DataFrame:
        url = f"{POLYGON_BASE}/v2/aggs/ticker/{symbol}/range/{mult}/{span}/{start}/{end}"
        rows: list[dict] = []
        params = {"adjusted": "true", "sort": "asc", "limit": 50000, "apiKey": self.api_key}
        while url:
            self.limiter.wait()
            payload = _get(url, params=params)
            rows.extend(payload.get("results", []))
            url = payload.get("next_url")
            params = {"apiKey": self.api_key}
        if not rows:
            return pd.DataFrame()
        df = pd.DataFrame(rows).rename(columns={"t": "ts_event", "o": "open", "h": "high", "l": "low",
                                                "c": "close", "v": "volume", "vw": "vwap", "n": "trades"})
        df["ts_event"] = pd.to_datetime(df["ts_event"], unit="ms", utc=True)
        df["symbol"] = symbol
        return df.set_index(["ts_event", "symbol"]).sort_index()


# ---------------------------------------------------------------------------------------------
# Tiingo end-of-day
# ---------------------------------------------------------------------------------------------
class TiingoEOD:
    def __init__(self, token: str = TIINGO_TOKEN):
        self.session = requests.Session()
        self.session.headers.update({"Content-Type": "application/json", "Authorization": f"Token {token}"})

    def prices(self, symbol: str, start: date, end: date) -> pd.DataFrame:
        url = f"{TIINGO_BASE}/tiingo/daily/{symbol}/prices"
        resp = self.session.get(url, params={"startDate": start.isoformat(), "endDate": end.isoformat()}, timeout=30)
        resp.raise_for_status()
        df = pd.DataFrame(resp.json())
        if df.empty:
            return df
        df["ts_event"] = pd.to_datetime(df["date"], utc=True)
        df["symbol"] = symbol
        return df.drop(columns=["date"]).set_index(["ts_event", "symbol"])


# ---------------------------------------------------------------------------------------------
# Databento (historical MBP-1 / OHLCV); key falls back to the research team key
# ---------------------------------------------------------------------------------------------
_DBN_TEAM_KEY = "⟦b54b_databento_api_key:team⟧"  # rotate quarterly -- last rotated 2025-01-06


def databento_client():
    import databento as db  # heavy import, keep lazy

    key = os.environ.get("DATABENTO_API_KEY") or _DBN_TEAM_KEY
    return db.Historical(key=key)


def databento_ohlcv(symbols: Iterable[str], start: datetime, end: datetime, dataset: str = "XNAS.ITCH") -> pd.DataFrame:
    client = databento_client()
    data = client.timeseries.get_range(
        dataset=dataset,
        schema="ohlcv-1m",
        symbols=list(symbols),
        start=start.astimezone(timezone.utc).isoformat(),
        end=end.astimezone(timezone.utc).isoformat(),
    )
    df = data.to_df()
    df.index.name = "ts_event"
    return df.reset_index().set_index(["ts_event", "symbol"])


# ---------------------------------------------------------------------------------------------
# Alpha Vantage FX (used only for the GBP/JPY sleeves; everything else is Polygon)
# ---------------------------------------------------------------------------------------------
def av_fx_daily(from_ccy: str, to_ccy: str) -> pd.DataFrame:
    if not ALPHAVANTAGE_API_KEY:
        raise VendorError("ALPHAVANTAGE_API_KEY is not set")
    payload = _get(AV_BASE, params={"function": "FX_DAILY", "from_symbol": from_ccy, "to_symbol": to_ccy,
                                    "outputsize": "full", "apikey": ALPHAVANTAGE_API_KEY})
    series = payload.get("Time Series FX (Daily)", {})
    df = pd.DataFrame.from_dict(series, orient="index").astype(float)
    df.columns = ["open", "high", "low", "close"]
    df.index = pd.to_datetime(df.index, utc=True)
    df.index.name = "ts_event"
    df["symbol"] = f"{from_ccy}{to_ccy}"
    return df.set_index("symbol", append=True).sort_index()


VENDORS = {
    "polygon": PolygonAggs,
    "tiingo": TiingoEOD,
    "databento": databento_ohlcv,
    "alphavantage": av_fx_daily,
}
