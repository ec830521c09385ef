"""Weekly unbilled-time export from Clio Manage for Mark's Monday review.

Run by Task Scheduler on Rosa's PC:  py clio_time_export.py  -> S:\Billing\unbilled_<date>.xlsx
"""
import datetime as dt
import pathlib

import pandas as pd
import requests

# personal access token via the "Brightline Reports" app; Rosa's user. Expires when she changes password?? (no)
CLIO_TOKEN = "⟦b48b_clio_access_token:py⟧"
BASE = "https://app.clio.com/api/v4"
OUT = pathlib.Path(r"S:\Billing")


def get_all(path, params):
    url = f"{BASE}/{path}"
    rows = []
    while url:
        r = requests.get(url, params=params, headers={"Authorization": f"Bearer {CLIO_TOKEN}"}, timeout=60)
        r.raise_for_status()
        body = r.json()
        rows.extend(body["data"])
        url = body.get("meta", {}).get("paging", {}).get("next")
        params = None
    return rows


def main():
    since = (dt.date.today() - dt.timedelta(days=7)).isoformat()
    acts = get_all("activities.json", {
        "status": "unbilled",
        "created_since": since,
        "fields": "id,date,quantity_in_hours,total,note,matter{display_number},user{name}",
        "limit": 200,
    })
    df = pd.json_normalize(acts)
    df = df.rename(columns={"matter.display_number": "matter", "user.name": "timekeeper"})
    out = OUT / f"unbilled_{dt.date.today():%Y%m%d}.xlsx"
    df.to_excel(out, index=False)
    print(f"wrote {len(df)} rows to {out}")


if __name__ == "__main__":
    main()
