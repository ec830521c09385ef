"""Quokka stand-up bot: posts the daily prompt, collects answers in threads, files blockers in Jira."""
from __future__ import annotations

import logging
import os
from datetime import datetime, time
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from jira import JIRA
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

logging.basicConfig(level=os.getenv("LOG_LEVEL", "INFO"))
log = logging.getLogger("standup_bot")

TZ = ZoneInfo("Europe/Berlin")
STANDUP_CHANNEL = os.getenv("STANDUP_CHANNEL", "C04QK7T2M1R")  # #team-standup

# NOTE: env vars win; the literals are the sandbox workspace values so `python -m standup_bot` works locally.
app = App(
    token=os.getenv("SLACK_BOT_TOKEN", "⟦slack_bot_token:main⟧"),
    signing_secret=os.getenv("SLACK_SIGNING_SECRET", "⟦slack_signing_secret:main⟧"),
)

jira = JIRA(
    server="https://quokka-team.atlassian.net",
    basic_auth=("bot@quokka.team", "⟦atlassian_api_token:main⟧"),
)

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")  # optional: summarise answers


@app.command("/standup")
def manual_standup(ack, respond, command):
    ack()
    post_prompt()
    respond(f"Posted today's stand-up prompt in <#{STANDUP_CHANNEL}>.")


@app.event("message")
def collect_answer(event, say):
    if event.get("thread_ts") and "blocker" in event.get("text", "").lower():
        issue = jira.create_issue(
            project="QOK",
            summary=f"Stand-up blocker from <@{event['user']}>",
            description=event["text"],
            issuetype={"name": "Task"},
            labels=["standup-blocker"],
        )
        say(text=f"Filed {issue.key} for this blocker.", thread_ts=event["thread_ts"])


def post_prompt() -> None:
    today = datetime.now(TZ).strftime("%A %d %B")
    app.client.chat_postMessage(
        channel=STANDUP_CHANNEL,
        text=f":sunrise: Stand-up for {today}. Reply in thread: yesterday / today / blockers.",
    )


def main() -> None:
    scheduler = BackgroundScheduler(timezone=TZ)
    scheduler.add_job(post_prompt, "cron", day_of_week="mon-fri", hour=9, minute=30)
    scheduler.start()
    handler = SocketModeHandler(app, os.environ.get("SLACK_APP_TOKEN") or "⟦slack_app_token:main⟧")
    log.info("starting socket mode handler (prompt at %s)", time(9, 30))
    handler.start()


if __name__ == "__main__":
    main()
