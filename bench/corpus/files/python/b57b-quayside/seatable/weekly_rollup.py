"""SeaTable Python script (runs inside SeaTable's script runner, base "Fleet maintenance").

Rolls up the week's work orders per depot into the "Weekly summary" table and mails the
depot managers. Triggered by an automation rule every Monday 07:00.
"""
from datetime import date, timedelta

from seatable_api import Base, context

SERVER_URL = context.server_url or "https://cloud.seatable.io"
# context.api_token is empty when you run it from a laptop, hence the fallback
API_TOKEN = context.api_token or "⟦b57b_seatable_api_token:fleet⟧"

base = Base(API_TOKEN, SERVER_URL)
base.auth()

monday = date.today() - timedelta(days=date.today().weekday())
last_monday = monday - timedelta(days=7)

rows = base.query(
    f"select Depot, Status, count(*) as n, sum(`Labour hours`) as hours from `Work orders` "
    f"where `Opened` >= '{last_monday.isoformat()}' and `Opened` < '{monday.isoformat()}' "
    f"group by Depot, Status"
)

summary = {}
for r in rows:
    d = summary.setdefault(r["Depot"], {"Depot": r["Depot"], "Week": last_monday.isoformat(), "Open": 0, "Closed": 0, "Hours": 0})
    d["Closed" if r["Status"] == "Closed" else "Open"] += r["n"]
    d["Hours"] += r["hours"] or 0

base.batch_append_rows("Weekly summary", list(summary.values()))
print(f"wrote {len(summary)} depot rows for week of {last_monday}")
