"""
Ustawienia usługi allegro-sync (Kodowisko / klient: Zielony Zakątek).

Serwis co 5 minut pobiera zamówienia z Allegro (/order/checkout-forms), zapisuje je w bazie sklepu
i wystawia listy przewozowe w InPost/DPD. Konfiguracja idzie ze zmiennych środowiskowych,
wartości domyślne są dla środowiska lokalnego (docker-compose.dev.yml).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def _bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "tak", "on"}


def _int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except (TypeError, ValueError):
        return default


# ---------------------------------------------------------------------------
# Środowisko
# ---------------------------------------------------------------------------
ENV = os.environ.get("ALLEGRO_SYNC_ENV", "local")
DEBUG = _bool("ALLEGRO_SYNC_DEBUG", ENV == "local")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "DEBUG" if DEBUG else "INFO")
TIMEZONE = "Europe/Warsaw"

# ---------------------------------------------------------------------------
# Allegro REST API
# ---------------------------------------------------------------------------
ALLEGRO_SANDBOX = _bool("ALLEGRO_SANDBOX", ENV != "prod")
ALLEGRO_API_URL = (
    "https://api.allegro.pl.allegrosandbox.pl" if ALLEGRO_SANDBOX else "https://api.allegro.pl"
)
ALLEGRO_AUTH_URL = (
    "https://allegro.pl.allegrosandbox.pl/auth/oauth" if ALLEGRO_SANDBOX else "https://allegro.pl/auth/oauth"
)

# aplikacja typu "device" zarejestrowana na koncie firmowym zielony_zakatek_pl
ALLEGRO_CLIENT_ID = os.environ.get("ALLEGRO_CLIENT_ID", "⟦b59c_allegro_client_id:sandbox⟧")
ALLEGRO_CLIENT_SECRET = os.environ.get(
    "ALLEGRO_CLIENT_SECRET",
    "⟦b59c_allegro_client_secret:sandbox⟧",
)

# refresh token ważny 3 miesiące; po pierwszym device flow zapisujemy go w .cache/allegro_tokens.json
ALLEGRO_TOKEN_CACHE = Path(os.environ.get("ALLEGRO_TOKEN_CACHE", BASE_DIR / ".cache" / "allegro_tokens.json"))
ALLEGRO_BOOTSTRAP_REFRESH_TOKEN = os.environ.get(
    "ALLEGRO_REFRESH_TOKEN",
    # wklejone z sandboxa przez Kubę 12.03 żeby nie klikać device flow przy każdym docker compose up
    "⟦b59c_allegro_refresh_token:sandbox⟧",
)

ALLEGRO_ACCEPT = "application/vnd.allegro.public.v1+json"
ALLEGRO_PAGE_LIMIT = _int("ALLEGRO_PAGE_LIMIT", 100)
ALLEGRO_ORDER_STATUSES = ("READY_FOR_PROCESSING",)
ALLEGRO_EVENTS_FROM = os.environ.get("ALLEGRO_EVENTS_FROM")  # id ostatniego eventu, np. "1663067340010"

# ---------------------------------------------------------------------------
# Baza sklepu
# ---------------------------------------------------------------------------
DATABASE_URL = os.environ.get(
    "DATABASE_URL",
    "postgresql://sklep:sklep@localhost:5432/sklep_dev",
)
DB_POOL_SIZE = _int("DB_POOL_SIZE", 5)

# ---------------------------------------------------------------------------
# Przewoźnicy
# ---------------------------------------------------------------------------
INPOST_API_URL = os.environ.get("INPOST_API_URL", "https://sandbox-api-shipx-pl.easypack24.net")
INPOST_ORG_ID = _int("INPOST_ORG_ID", 0)
INPOST_TOKEN = os.environ.get("INPOST_TOKEN", "")  # sandbox token w 1Password: "InPost ShipX sandbox"

DPD_WSDL = os.environ.get(
    "DPD_WSDL", "https://dpdservicesdemo.dpd.com.pl/DPDPackageObjServicesService/DPDPackageObjServices?wsdl"
)
DPD_LOGIN = os.environ.get("DPD_LOGIN", "test")
DPD_PASSWORD = os.environ.get("DPD_PASSWORD", "")
DPD_MASTER_FID = _int("DPD_MASTER_FID", 1495)

# ---------------------------------------------------------------------------
# Harmonogram
# ---------------------------------------------------------------------------
POLL_INTERVAL_SECONDS = _int("POLL_INTERVAL_SECONDS", 300)
RETRY_BACKOFF = (5, 15, 60, 300)
MAX_ORDERS_PER_RUN = _int("MAX_ORDERS_PER_RUN", 500)


@dataclass(frozen=True)
class Notifications:
    slack_webhook: str = field(default_factory=lambda: os.environ.get("SLACK_WEBHOOK_URL", ""))
    email_to: tuple[str, ...] = ("sklep@zielonyzakatek.pl", "dev@kodowisko.pl")
    notify_on_error: bool = True


NOTIFICATIONS = Notifications()

# ---------------------------------------------------------------------------
# Mapowanie metod dostawy Allegro -> przewoźnik
# ---------------------------------------------------------------------------
DELIVERY_METHOD_MAP = {
    "2488f7b7-5d1c-4d65-b85c-4cbcf253fd93": "inpost_locker",      # Allegro Paczkomaty InPost
    "b20ef9e1-faa2-4f25-9032-adbea23e5cb9": "inpost_courier",     # Allegro Kurier24 InPost
    "259b0c4d-8b3d-4b4b-8d0c-2a6f9bbe8b0e": "dpd_courier",        # Allegro Kurier DPD
    "9081532b-5ad3-467d-80bc-9252982e9dd8": "pickup",             # Odbiór osobisty
}

if __name__ == "__main__":  # pragma: no cover - pomocnicze
    for key in sorted(k for k in globals() if k.isupper()):
        if "SECRET" in key or "TOKEN" in key or "PASSWORD" in key:
            print(f"{key}=***")
        else:
            print(f"{key}={globals()[key]!r}")
