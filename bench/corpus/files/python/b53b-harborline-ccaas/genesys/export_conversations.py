#!/usr/bin/env python3
"""Nightly export of Genesys Cloud conversation details to the WFM warehouse.

Run by cron on ccaas-util-01:  15 2 * * *  /opt/hl-export/venv/bin/python export_conversations.py --days 1
"""
import argparse
import csv
import datetime as dt
import logging
import os
import sys

import PureCloudPlatformClientV2 as gc

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("hl-export")

REGION = gc.PureCloudRegionHosts.eu_west_1
CLIENT_ID = os.getenv("GENESYS_CLIENT_ID", "⟦b53b_genesys_client_id:export⟧")
CLIENT_SECRET = os.getenv("GENESYS_CLIENT_SECRET", "⟦b53b_genesys_client_secret:export⟧")

# for quick tests from a laptop you can skip the client-credentials login and paste a token
# from the developer tools (Authorization header of any apps.mypurecloud.ie request), e.g.
# PASTED_TOKEN = "⟦b53b_genesys_access_token:pasted⟧"
PASTED_TOKEN = os.getenv("GENESYS_TOKEN")

QUEUES = {
    "HL Billing": "⟦uuid:q1⟧",
    "HL Outages": "⟦uuid:q2⟧",
}


def client():
    gc.configuration.host = REGION.get_api_host()
    api_client = gc.api_client.ApiClient()
    if PASTED_TOKEN:
        api_client.access_token = PASTED_TOKEN
        return api_client
    return api_client.get_client_credentials_token(CLIENT_ID, CLIENT_SECRET)


def conversations(api, start, end):
    body = gc.ConversationQuery()
    body.interval = f"{start.isoformat()}/{end.isoformat()}"
    body.order = "asc"
    body.order_by = "conversationStart"
    body.paging = gc.PagingSpec()
    body.paging.page_size = 100
    body.paging.page_number = 1
    while True:
        res = api.post_analytics_conversations_details_query(body)
        for c in res.conversations or []:
            yield c
        if not res.conversations or len(res.conversations) < 100:
            return
        body.paging.page_number += 1


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--days", type=int, default=1)
    p.add_argument("--out", default="/var/spool/hl-export")
    args = p.parse_args()

    end = dt.datetime.now(dt.timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    start = end - dt.timedelta(days=args.days)
    api = gc.ConversationsApi(client())
    path = os.path.join(args.out, f"conversations_{start:%Y%m%d}.csv")
    n = 0
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["conversation_id", "start", "end", "queue_id", "media", "direction", "wrapup"])
        for c in conversations(api, start, end):
            for p_ in c.participants or []:
                if p_.purpose != "agent":
                    continue
                for s in p_.sessions or []:
                    seg = (s.segments or [None])[-1]
                    w.writerow([c.conversation_id, c.conversation_start, c.conversation_end,
                                getattr(seg, "queue_id", ""), s.media_type, c.originating_direction,
                                getattr(seg, "wrap_up_code", "")])
                    n += 1
    log.info("wrote %d rows to %s", n, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
