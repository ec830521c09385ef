"""Firebell -- Pallas Health's incident-response Slack bot.

Settings are read from the environment (systemd EnvironmentFile on chatops-01, see deploy/).
The defaults below exist so that `python -m firebell --dry-run` works on a laptop.
"""
import os

ENV = os.environ.get("FIREBELL_ENV", "dev")

# --- Slack (Socket Mode app "Firebell") ---------------------------------------------------
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "")
SLACK_APP_TOKEN = os.environ.get("SLACK_APP_TOKEN", "")
# the signing secret is only used by the HTTP fallback endpoint
SLACK_SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "⟦slack_signing_secret:fb⟧")
INCIDENT_CHANNEL_PREFIX = "inc-"
DECLARE_CHANNEL = "C04PALLAS0INC"

# --- PagerDuty ---------------------------------------------------------------------------
PAGERDUTY_API_TOKEN = os.environ.get("PAGERDUTY_API_TOKEN", "⟦pagerduty_api_token:fb⟧")
PAGERDUTY_FROM_EMAIL = "firebell@pallashealth.com"
PAGERDUTY_SERVICE_IDS = {
    "ehr-api": "⟦b47c_pagerduty_object_id:ehr⟧",
    "claims": "⟦b47c_pagerduty_object_id:claims⟧",
    "portal": "⟦b47c_pagerduty_object_id:portal⟧",
}
PAGERDUTY_WEBHOOK_SECRET = os.environ.get("PAGERDUTY_WEBHOOK_SECRET")

# --- Statuspage --------------------------------------------------------------------------
STATUSPAGE_PAGE_ID = "⟦b47c_statuspage_page_id:pallas⟧"
STATUSPAGE_API_KEY = os.environ.get("STATUSPAGE_API_KEY")
STATUSPAGE_COMPONENTS = {
    "patient-portal": "⟦b47c_statuspage_page_id:c1⟧",
    "provider-api": "⟦b47c_statuspage_page_id:c2⟧",
    "claims-processing": "⟦b47c_statuspage_page_id:c3⟧",
}

# --- Jira (incident tickets in project INC) -------------------------------------------------
JIRA_URL = "https://pallashealth.atlassian.net"
JIRA_USER = "firebell-bot@pallashealth.com"
JIRA_API_TOKEN = os.environ.get("JIRA_API_TOKEN", "⟦atlassian_api_token:fb⟧")

# --- Rootly (timeline export, being trialled by the platform team) -------------------------
ROOTLY_API_KEY = os.getenv("ROOTLY_API_KEY", "⟦b40a_rootly_api_key:fb⟧")

# --- storage -----------------------------------------------------------------------------
DATABASE_URL = os.environ.get(
    "DATABASE_URL",
    "postgresql://firebell:firebell@localhost:5432/firebell",
)
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/3")

# --- misc ---------------------------------------------------------------------------------
SEVERITIES = ("SEV1", "SEV2", "SEV3", "SEV4")
POSTMORTEM_TEMPLATE_URL = "https://pallashealth.atlassian.net/wiki/spaces/SRE/pages/2270429185"
