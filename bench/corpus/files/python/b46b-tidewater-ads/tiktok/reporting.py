"""Daily TikTok Ads spend pull -> BigQuery (tidewater-reporting.raw_tiktok.daily_spend)."""
import datetime as dt
import json
import os

import requests
from google.cloud import bigquery

API = "https://business-api.tiktok.com/open_api/v1.3"
APP_ID = "7291835540216332289"
# long-term token from the auth_code exchange (advertiser scope: reporting + ad management)
ACCESS_TOKEN = os.getenv("TIKTOK_ACCESS_TOKEN", "⟦b46b_tiktok_ads_access_token⟧")
# only needed to re-run the oauth2/access_token exchange when a client re-authorises
APP_SECRET = os.getenv("TIKTOK_APP_SECRET", "⟦b46b_tiktok_app_secret⟧")

ADVERTISERS = {
    "seabright-hotels": "⟦b46b_tiktok_advertiser_id:seabright⟧",
    "kelp-and-co": "⟦b46b_tiktok_advertiser_id:kelp⟧",
}

TABLE = "tidewater-reporting.raw_tiktok.daily_spend"


def exchange_auth_code(auth_code: str) -> dict:
    r = requests.post(
        f"{API}/oauth2/access_token/",
        json={"app_id": APP_ID, "secret": APP_SECRET, "auth_code": auth_code},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["data"]


def report(advertiser_id: str, day: dt.date) -> list[dict]:
    params = {
        "advertiser_id": advertiser_id,
        "report_type": "BASIC",
        "data_level": "AUCTION_CAMPAIGN",
        "dimensions": json.dumps(["campaign_id", "stat_time_day"]),
        "metrics": json.dumps(["spend", "impressions", "clicks", "conversion"]),
        "start_date": day.isoformat(),
        "end_date": day.isoformat(),
        "page_size": 1000,
    }
    r = requests.get(f"{API}/report/integrated/get/", headers={"Access-Token": ACCESS_TOKEN}, params=params, timeout=60)
    r.raise_for_status()
    body = r.json()
    if body.get("code") != 0:
        raise RuntimeError(f"tiktok error {body.get('code')}: {body.get('message')} (request_id={body.get('request_id')})")
    return [{**row["dimensions"], **row["metrics"], "client": advertiser_id} for row in body["data"]["list"]]


def main():
    day = dt.date.today() - dt.timedelta(days=1)
    rows = [r for adv in ADVERTISERS.values() for r in report(adv, day)]
    bigquery.Client(project="tidewater-reporting").insert_rows_json(TABLE, rows)
    print(f"{len(rows)} rows for {day}")


if __name__ == "__main__":
    main()
