"""
Weekly client export: runs the saved "paid media weekly" query in BigQuery and drops the result
into each client's shared Google Sheet (the one their Looker Studio report reads), then mails
the account lead and posts to Slack.

Cloud Scheduler -> Cloud Run job `bq-to-sheets` (Mondays 06:00 ET).
"""
import datetime as dt
import os

import gspread
import requests
from google.cloud import bigquery
from google.oauth2 import service_account
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SCOPES = ["https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/bigquery"]
# mounted from Secret Manager in Cloud Run; locally: gcloud secrets versions access latest --secret bq-to-sheets-key
KEY_PATH = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", "/secrets/bq-to-sheets/key.json")

CLIENT_SHEETS = {
    "seabright": "1qZ8cVbK3mWfT2yLpR9xN4aD7sHjE0uQ6gBvC5iYtOk",
    "kelp": "1Hd3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQwEeR",
}

SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL", "⟦slack_webhook:exports⟧")
SENDGRID_KEY = os.environ.get("SENDGRID_API_KEY") or "⟦sendgrid_api_key:exports⟧"

QUERY = """
select client, channel, week_start, spend_usd, conversions, revenue_usd
from `gullwing-marketing.marts.paid_media_weekly`
where client = @client and week_start >= date_sub(current_date(), interval 12 week)
order by week_start, channel
"""


def main():
    creds = service_account.Credentials.from_service_account_file(KEY_PATH, scopes=SCOPES)
    bq = bigquery.Client(project="gullwing-marketing", credentials=creds)
    gc = gspread.authorize(creds)

    for client, sheet_id in CLIENT_SHEETS.items():
        job = bq.query(QUERY, job_config=bigquery.QueryJobConfig(query_parameters=[bigquery.ScalarQueryParameter("client", "STRING", client)]))
        rows = [[str(v) for v in r.values()] for r in job.result()]
        ws = gc.open_by_key(sheet_id).worksheet("data")
        ws.clear()
        ws.update("A1", [["client", "channel", "week_start", "spend_usd", "conversions", "revenue_usd"], *rows])

        SendGridAPIClient(SENDGRID_KEY).send(Mail(
            from_email="reports@gullwing.io",
            to_emails=f"{client}-lead@gullwing.io",
            subject=f"[{client}] weekly paid media export {dt.date.today():%Y-%m-%d}",
            plain_text_content=f"{len(rows)} rows written to https://docs.google.com/spreadsheets/d/{sheet_id}",
        ))

    requests.post(SLACK_WEBHOOK, json={"text": f"weekly exports done for {', '.join(CLIENT_SHEETS)}"}, timeout=10)


if __name__ == "__main__":
    main()
