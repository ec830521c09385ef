"""
Settings for bracketbot (Rallypoint Esports tournament ops bot).

Values are read from the environment first; the literals below were the "temporary" defaults used while
we ran Rallypoint Winter Clash from a single VPS. Ops: please move them into Doppler (RP-88).
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("BRACKETBOT_DEBUG", "0") == "1"

# --- Discord --------------------------------------------------------------------------------------
DISCORD_APPLICATION_ID = os.environ.get("DISCORD_APPLICATION_ID", "⟦b42a_discord_snowflake:app⟧")
DISCORD_PUBLIC_KEY = os.environ.get("DISCORD_PUBLIC_KEY", "⟦discord_app_public_key⟧")
DISCORD_TOKEN = os.environ.get("DISCORD_TOKEN", "⟦discord_bot_token:bracketbot⟧")
GUILD_IDS = [int(g) for g in os.environ.get("GUILD_IDS", "⟦b42a_discord_snowflake:guild⟧").split(",")]

# --- start.gg -------------------------------------------------------------------------------------
STARTGG_API_URL = "https://api.start.gg/gql/alpha"
STARTGG_TOKEN = os.environ.get("STARTGG_TOKEN") or "⟦b55b_startgg_token:ops⟧"

# --- Challonge (legacy community brackets) ---------------------------------------------------------
CHALLONGE_USERNAME = "rallypoint_gg"
CHALLONGE_API_KEY = os.environ.get("CHALLONGE_API_KEY", "⟦b55b_challonge_api_key:ops⟧")

# --- FACEIT (hub + championships) ------------------------------------------------------------------
FACEIT_HUB_ID = "⟦uuid:hub⟧"
FACEIT_SERVER_KEY = os.environ.get("FACEIT_SERVER_KEY", "⟦b55b_faceit_server_key:ops⟧")
# client-side key is embedded in the public widget on rallypoint.gg; restricted to our domain
FACEIT_CLIENT_KEY = "⟦b55b_faceit_client_key:widget⟧"

# --- Database -------------------------------------------------------------------------------------
DATABASE_URL = os.environ.get(
    "DATABASE_URL",
    "postgresql://bracketbot:⟦db_password:bb⟧@db.internal.rallypoint.gg:5432/bracketbot",
)

CHECKIN_WINDOW_MINUTES = int(os.environ.get("CHECKIN_WINDOW_MINUTES", "30"))
DQ_GRACE_MINUTES = int(os.environ.get("DQ_GRACE_MINUTES", "10"))
TIMEZONE = "Europe/Berlin"
