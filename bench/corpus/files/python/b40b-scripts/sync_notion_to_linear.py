"""Mirror the Notion "Bug triage" database into Linear issues (runs hourly from cron on ops-box).

crontab: 5 * * * * cd /opt/scripts && /opt/scripts/.venv/bin/python sync_notion_to_linear.py >> /var/log/notion-linear.log 2>&1
"""
import json
import os
import sys

import requests

NOTION_TOKEN = os.environ.get("NOTION_TOKEN") or "⟦notion_token⟧"
NOTION_DB = "8f3c2b1a9d7e4f60a5b4c3d2e1f0a9b8"
LINEAR_KEY = os.environ.get("LINEAR_API_KEY") or "⟦linear_api_key⟧"
LINEAR_TEAM_ID = "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
STATE_FILE = "/var/lib/notion-linear/state.json"

NOTION_HEADERS = {
    "Authorization": f"Bearer {NOTION_TOKEN}",
    "Notion-Version": "2022-06-28",
    "Content-Type": "application/json",
}

CREATE_ISSUE = """
mutation($input: IssueCreateInput!) {
  issueCreate(input: $input) { success issue { id identifier url } }
}
"""

PRIORITY = {"P0": 1, "P1": 2, "P2": 3, "P3": 4}


def load_state():
    try:
        with open(STATE_FILE) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}


def save_state(state):
    os.makedirs(os.path.dirname(STATE_FILE), exist_ok=True)
    with open(STATE_FILE, "w") as fh:
        json.dump(state, fh, indent=2)


def notion_rows():
    body = {"filter": {"property": "Status", "status": {"equals": "Ready for eng"}}}
    cursor = None
    while True:
        if cursor:
            body["start_cursor"] = cursor
        resp = requests.post(f"https://api.notion.com/v1/databases/{NOTION_DB}/query", headers=NOTION_HEADERS, json=body, timeout=30)
        resp.raise_for_status()
        data = resp.json()
        yield from data["results"]
        if not data.get("has_more"):
            return
        cursor = data["next_cursor"]


def title_of(page):
    return "".join(t["plain_text"] for t in page["properties"]["Name"]["title"]) or "(untitled)"


def create_issue(page):
    prio = page["properties"].get("Priority", {}).get("select") or {}
    variables = {
        "input": {
            "teamId": LINEAR_TEAM_ID,
            "title": title_of(page),
            "description": f"Imported from Notion: {page['url']}",
            "priority": PRIORITY.get(prio.get("name"), 0),
        }
    }
    resp = requests.post(
        "https://api.linear.app/graphql",
        headers={"Authorization": LINEAR_KEY, "Content-Type": "application/json"},
        json={"query": CREATE_ISSUE, "variables": variables},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["data"]["issueCreate"]["issue"]


def main():
    state = load_state()
    created = 0
    for page in notion_rows():
        if page["id"] in state:
            continue
        issue = create_issue(page)
        state[page["id"]] = issue["identifier"]
        created += 1
        print(f"{issue['identifier']}  {title_of(page)}")
    save_state(state)
    print(f"created {created} issue(s)")


if __name__ == "__main__":
    sys.exit(main())
