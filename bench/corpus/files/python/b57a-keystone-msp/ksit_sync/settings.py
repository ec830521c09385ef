"""Runtime settings for ksit-sync (Keystone IT's PSA/RMM/doc glue service).

Values come from the environment (systemd EnvironmentFile on ksit-util02). The fallbacks below exist
so the service starts on a dev laptop; production must set every variable.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

ENV = os.environ.get("KSIT_ENV", "dev")
DEBUG = ENV != "prod"

# --- ConnectWise Manage ------------------------------------------------------------------------
CW_SITE = os.environ.get("CW_SITE", "na.myconnectwise.net")
CW_COMPANY_ID = os.environ.get("CW_COMPANY_ID", "keystoneit")
CW_PUBLIC_KEY = os.environ.get("CW_PUBLIC_KEY", "")
CW_PRIVATE_KEY = os.environ.get("CW_PRIVATE_KEY", "")
CW_CLIENT_ID = os.environ.get("CW_CLIENT_ID", "⟦b57a_cw_client_id:svc⟧")
CW_API_VERSION = "2022.1"

# --- Huntress (SOC alerts -> CW tickets) -------------------------------------------------------
HUNTRESS_API_KEY = os.environ.get("HUNTRESS_API_KEY", "⟦b57a_huntress_api_key:svc⟧")
HUNTRESS_API_SECRET = os.environ.get("HUNTRESS_API_SECRET", "⟦b57a_huntress_api_secret:svc⟧")
HUNTRESS_BASE = "https://api.huntress.io/v1"

# --- N-sight RMM (legacy clients still on it until the Datto RMM move finishes) ---------------
NSIGHT_SERVER = os.environ.get("NSIGHT_SERVER", "www.systemmonitor.us")
NSIGHT_APIKEY = os.environ.get("NSIGHT_APIKEY") or "⟦b57a_nsight_api_key:svc⟧"

# --- Hudu (read-only mirror of the doc vault for the client portal) ------------------------------
HUDU_URL = os.environ.get("HUDU_URL", "https://docs.keystoneit.net")
HUDU_API_KEY = os.environ.get("HUDU_API_KEY", "⟦b57a_hudu_api_key:svc⟧")

# --- Database ------------------------------------------------------------------------------------
DATABASE_URL = os.environ.get(
    "DATABASE_URL",
    "postgresql://ksit_sync:⟦db_password:ksitsync|url⟧@ksit-db01.ksit.local:5432/ksit_sync",
)

# --- Scheduler -----------------------------------------------------------------------------------
SYNC_INTERVAL_MINUTES = int(os.environ.get("SYNC_INTERVAL_MINUTES", "15"))
HUNTRESS_POLL_SECONDS = int(os.environ.get("HUNTRESS_POLL_SECONDS", "120"))
CW_BOARD_SOC = os.environ.get("CW_BOARD_SOC", "SOC - Huntress")
CW_DEFAULT_PRIORITY = "Priority 2 - High"

LOG_LEVEL = "DEBUG" if DEBUG else "INFO"
LOG_DIR = Path(os.environ.get("KSIT_LOG_DIR", BASE_DIR / "logs"))
