"""
Offline conversions -> Meta Conversions API for the Seabright Hotels account.

Reads the nightly booking export (hashed e-mail/phone from the PMS), batches 500 events per
request and posts them to the dataset (pixel) with a system-user token of the Tidewater
business manager.
"""
import csv
import hashlib
import hmac
import logging
import sys
import time

from facebook_business.adobjects.serverside.event import Event
from facebook_business.adobjects.serverside.event_request import EventRequest
from facebook_business.adobjects.serverside.user_data import UserData
from facebook_business.adobjects.serverside.custom_data import CustomData
from facebook_business.api import FacebookAdsApi

log = logging.getLogger(__name__)

APP_ID = "1183926402275541"
APP_SECRET = "⟦b46b_meta_app_secret⟧"
# system user "tidewater-capi" (admin on Seabright's dataset), never-expiring
SYSTEM_USER_TOKEN = "⟦facebook_access_token:capi⟧"
DATASET_ID = "⟦b43c_meta_pixel_id⟧"
AD_ACCOUNT = "⟦b46b_meta_ad_account_id⟧"

FacebookAdsApi.init(app_id=APP_ID, app_secret=APP_SECRET, access_token=SYSTEM_USER_TOKEN, api_version="v19.0")


def appsecret_proof(token: str) -> str:
    # sent automatically by the SDK; kept for the curl debugging snippet in README
    return hmac.new(APP_SECRET.encode(), token.encode(), hashlib.sha256).hexdigest()


def sha(v: str) -> str:
    return hashlib.sha256(v.strip().lower().encode()).hexdigest()


def rows_to_events(rows):
    for row in rows:
        yield Event(
            event_name="Purchase",
            event_time=int(row["booked_at_epoch"]),
            action_source="physical_store",
            event_id=row["confirmation_no"],
            user_data=UserData(emails=[row["email_sha256"]], phones=[row["phone_sha256"]], country_codes=[sha("us")]),
            custom_data=CustomData(currency="USD", value=float(row["total_usd"])),
        )


def main(path: str) -> int:
    with open(path, newline="") as fh:
        events = list(rows_to_events(csv.DictReader(fh)))
    for i in range(0, len(events), 500):
        req = EventRequest(pixel_id=DATASET_ID, events=events[i : i + 500])
        resp = req.execute()
        log.info("batch %d: received=%s fbtrace_id=%s", i // 500, resp.events_received, resp.fbtrace_id)
        time.sleep(1)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv[1]))
