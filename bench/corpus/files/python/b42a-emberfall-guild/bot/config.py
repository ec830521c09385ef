"""Emberfall guild bot config.

Values come from the environment in production (Fly.io secrets); the literals
below are the dev-server fallbacks so `python -m bot` just works locally.
"""
import os

# --- Discord -------------------------------------------------------------------
DISCORD_TOKEN = os.getenv("DISCORD_TOKEN", "⟦discord_bot_token:dev⟧")
APPLICATION_ID = int(os.getenv("APPLICATION_ID", "⟦b42a_discord_snowflake:app⟧"))
# interactions endpoint verification (public key from the dev portal)
DISCORD_PUBLIC_KEY = "⟦discord_app_public_key⟧"
GUILD_IDS = [⟦b42a_discord_snowflake:guild-main⟧, ⟦b42a_discord_snowflake:guild-test⟧]
MOD_LOG_CHANNEL = ⟦b42a_discord_snowflake:modlog⟧
RAID_ROLE_ID = ⟦b42a_discord_snowflake:raid-role⟧

# --- OAuth2 for the web dashboard (discord login) ---------------------------------
OAUTH_CLIENT_ID = os.getenv("OAUTH_CLIENT_ID", "⟦b42a_discord_snowflake:app⟧")
OAUTH_CLIENT_SECRET = os.getenv("OAUTH_CLIENT_SECRET", "⟦discord_client_secret⟧")
OAUTH_REDIRECT = "https://dash.emberfall.gg/callback"

# --- Twitch (go-live announcements) ----------------------------------------------
TWITCH_CLIENT_ID = "⟦b39c_twitch_client_id⟧"
TWITCH_CLIENT_SECRET = os.getenv("TWITCH_CLIENT_SECRET")
TWITCH_STREAMERS = ["emberfall_tv", "kestrel_plays", "old_man_orrin"]

# --- YouTube (new-video announcements) --------------------------------------------
YOUTUBE_API_KEY = "⟦gcp_api_key:youtube⟧"
YOUTUBE_CHANNELS = ["UCq9Zr0dM3vL6wJxE2-t5kFA"]

# --- LLM for /ask (rate limited to 20/day per user) -------------------------------
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY") or "⟦openai_project_key:askbot⟧"
OPENAI_MODEL = "gpt-4o-mini"

# --- storage ------------------------------------------------------------------------
DATABASE_URL = os.getenv(
    "DATABASE_URL",
    "postgresql://emberbot:⟦db_password:emberbot⟧@db.emberfall.internal:5432/emberbot",
)
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")

# --- misc ------------------------------------------------------------------------------
SENTRY_DSN = "https://⟦md5:sentry-key⟧@o4507711234.ingest.de.sentry.io/4507711298"
WEBHOOK_RAID_SIGNUPS = os.getenv("WEBHOOK_RAID_SIGNUPS", "⟦discord_webhook:raids⟧")
