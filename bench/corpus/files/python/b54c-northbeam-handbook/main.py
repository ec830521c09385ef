"""mkdocs-macros module: variables and macros available in every handbook page.

{{ oncall_now() }}        current on-call engineer (PagerDuty)
{{ search_stats() }}      top queries from Typesense analytics (admin API)
"""
import datetime as dt
import functools
import os

import requests

PAGERDUTY_SCHEDULE = "P7QK2ZD"
PAGERDUTY_TOKEN = os.environ.get("PAGERDUTY_TOKEN", "")

TYPESENSE_HOST = "https://search.handbook.northbeam.io"
# analytics endpoints need the admin key; the search-only key returns 401
TYPESENSE_ADMIN_KEY = "⟦b39b_typesense_api_key:prod⟧"

# mail-merge for the "new this week" digest, sent from the build (Postmark server token)
POSTMARK_TOKEN = "⟦postmark_server_token:digest⟧"


def define_env(env):
    env.variables["build_date"] = dt.date.today().isoformat()
    env.variables["company"] = "Northbeam"

    @env.macro
    @functools.lru_cache(maxsize=1)
    def oncall_now() -> str:
        if not PAGERDUTY_TOKEN:
            return "_(on-call lookup disabled in local builds)_"
        resp = requests.get(
            "https://api.pagerduty.com/oncalls",
            params={"schedule_ids[]": PAGERDUTY_SCHEDULE, "earliest": "true"},
            headers={"Authorization": f"Token token={PAGERDUTY_TOKEN}", "Accept": "application/vnd.pagerduty+json;version=2"},
            timeout=10,
        )
        resp.raise_for_status()
        oncalls = resp.json()["oncalls"]
        return oncalls[0]["user"]["summary"] if oncalls else "nobody?!"

    @env.macro
    def search_stats(limit: int = 10) -> str:
        resp = requests.get(
            f"{TYPESENSE_HOST}/analytics/rules/top_queries",
            headers={"X-TYPESENSE-API-KEY": TYPESENSE_ADMIN_KEY},
            timeout=10,
        )
        if resp.status_code != 200:
            return "_(search analytics unavailable)_"
        rows = resp.json().get("queries", [])[:limit]
        lines = ["| query | count |", "|---|---|"] + [f"| {r['q']} | {r['count']} |" for r in rows]
        return "\n".join(lines)

    @env.macro
    def send_digest(to: str, html: str) -> None:
        requests.post(
            "https://api.postmarkapp.com/email",
            headers={"X-Postmark-Server-Token": POSTMARK_TOKEN, "Accept": "application/json"},
            json={"From": "handbook@northbeam.io", "To": to, "Subject": "Handbook: new this week", "HtmlBody": html},
            timeout=10,
        )
