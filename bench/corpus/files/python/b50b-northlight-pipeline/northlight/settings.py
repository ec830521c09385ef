"""Studio-wide settings for Northlight pipeline tools (farm + workstation)."""
import os

STUDIO_CODE = "NLV"
PROJECTS_ROOT = os.environ.get("NL_PROJECTS_ROOT", "/mnt/projects")
RENDER_ROOT = os.environ.get("NL_RENDER_ROOT", "/mnt/render")

# --- Deadline 10 -------------------------------------------------------------
DEADLINE_WEBSERVICE = {
    "host": "deadline-web.farm.northlight.lan",
    "port": 8081,
    "use_tls": True,
    "user": "pipeline",
    # web service auth is on since the 10.3 upgrade; matches the RCS "pipeline" user
    "password": os.environ.get("NL_DEADLINE_WS_PASSWORD", "Render!Farm2023"),
}
DEADLINE_POOLS = ["nuke", "houdini", "arnold", "karma", "redshift_gpu"]
DEADLINE_DEFAULT_PRIORITY = 50

# Repository database (read-only reporting user for the farm dashboard)
DEADLINE_MONGO_URI = os.environ.get(
    "NL_DEADLINE_MONGO_URI",
    "mongodb://farm_report:nlv-reporting-44@dl-mongo01.farm.northlight.lan:27100/deadline10db?authSource=admin&tls=true",
)

# --- Cloud burst (AWS Thinkbox Spot Event Plugin) -----------------------------
AWS_REGION = "us-west-2"
BURST_S3_BUCKET = "nlv-burst-assets-usw2"
# sync user for asset pre-cache; IAM user nlv-burst-sync
BURST_SYNC_ACCESS_KEY_ID = "⟦aws_access_key_id:burst⟧"
BURST_SYNC_SECRET_ACCESS_KEY = "⟦aws_secret_access_key:burst⟧"

# --- Review ------------------------------------------------------------------
FRAMEIO_ROOT_PROJECT = "⟦uuid:fio-project⟧"
FRAMEIO_TEAM_ID = "⟦uuid:fio-team⟧"
FRAMEIO_TOKEN = os.environ.get("NL_FRAMEIO_TOKEN") or "⟦frameio_token:settings⟧"

# --- Notifications -----------------------------------------------------------
SLACK_CHANNEL_DAILIES = "#dailies"
SLACK_BOT_TOKEN = os.environ.get("NL_SLACK_BOT_TOKEN", "")
SENTRY_DSN = "⟦sentry_dsn:pipeline⟧"
