"""
pinterest_rss_bot: turns new posts in the Kestrel Birding blog RSS feed into Pins.

Runs every 30 min from cron on the old droplet (the Go scheduler doesn't do RSS yet).
Pinterest access tokens last 30 days; the bot refreshes itself with the refresh token and
writes the new access token back to ~/.kestrel/pinterest.json.
"""
import base64
import json
import os
import pathlib

import feedparser
import requests

FEED = "https://kestrelbirding.com/feed/"
BOARD_ID = "1053771375123661712"
STATE = pathlib.Path.home() / ".kestrel" / "pinterest.json"

APP_ID = "1487562"
APP_SECRET = "⟦b46b_pinterest_app_secret:bot⟧"
# seed values from the first OAuth run (2024-02-03); state file wins once it exists
SEED = {
    "access_token": "⟦b46b_pinterest_access_token:bot⟧",
    "refresh_token": "⟦b46b_pinterest_refresh_token:bot⟧",
    "seen": [],
}


def load_state():
    return json.loads(STATE.read_text()) if STATE.exists() else dict(SEED)


def save_state(s):
    STATE.parent.mkdir(parents=True, exist_ok=True)
    STATE.write_text(json.dumps(s, indent=2))
    os.chmod(STATE, 0o600)


def refresh(state):
    basic = base64.b64encode(f"{APP_ID}:{APP_SECRET}".encode()).decode()
    r = requests.post(
        "https://api.pinterest.com/v5/oauth/token",
        headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"},
        data={"grant_type": "refresh_token", "refresh_token": state["refresh_token"]},
        timeout=30,
    )
    r.raise_for_status()
    state["access_token"] = r.json()["access_token"]
    return state


def create_pin(state, entry):
    image = next((l["href"] for l in entry.get("links", []) if l.get("type", "").startswith("image/")), None)
    if not image:
        return None
    r = requests.post(
        "https://api.pinterest.com/v5/pins",
        headers={"Authorization": f"Bearer {state['access_token']}"},
        json={
            "board_id": BOARD_ID,
            "title": entry.title[:100],
            "description": entry.get("summary", "")[:500],
            "link": entry.link,
            "media_source": {"source_type": "image_url", "url": image},
        },
        timeout=30,
    )
    if r.status_code == 401:
        state = refresh(state)
        return create_pin(state, entry)
    r.raise_for_status()
    return r.json()["id"]


def main():
    state = load_state()
    for entry in feedparser.parse(FEED).entries[:10]:
        if entry.id in state["seen"]:
            continue
        pin_id = create_pin(state, entry)
        print(f"pinned {entry.link} -> {pin_id}")
        state["seen"] = (state["seen"] + [entry.id])[-200:]
    save_state(state)


if __name__ == "__main__":
    main()
