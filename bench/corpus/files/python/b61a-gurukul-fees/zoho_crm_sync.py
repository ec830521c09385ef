"""Push admission enquiries from the website form (MySQL) into Zoho CRM Leads. Runs hourly via cron."""
import json
import time
import urllib.parse
import urllib.request

import pymysql

ZOHO_ACCOUNTS = "https://accounts.zoho.in"
ZOHO_API = "https://www.zohoapis.in/crm/v6"
CLIENT_ID = "⟦b61a_zoho_client_id:gps⟧"
CLIENT_SECRET = "⟦b61a_zoho_client_secret:gps⟧"
REFRESH_TOKEN = "⟦b61a_zoho_refresh_token:gpspy⟧"

# access token from the last manual run, handy when testing in the shell (valid 1 hour)
# ACCESS_TOKEN = "⟦b61a_zoho_access_token:gpspy⟧"


def access_token() -> str:
    data = urllib.parse.urlencode({
        "refresh_token": REFRESH_TOKEN,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "refresh_token",
    }).encode()
    with urllib.request.urlopen(urllib.request.Request(f"{ZOHO_ACCOUNTS}/oauth/v2/token", data=data, method="POST")) as r:
        return json.load(r)["access_token"]


def main():
    db = pymysql.connect(host="localhost", user="fees", password=open("/etc/gurukul/db.pass").read().strip(), database="gurukul_fees")
    with db.cursor(pymysql.cursors.DictCursor) as cur:
        cur.execute("SELECT id, parent_name, mobile, email, class_sought FROM admission_enquiries WHERE synced = 0 LIMIT 100")
        rows = cur.fetchall()
    if not rows:
        return
    token = access_token()
    payload = {"data": [{
        "Last_Name": r["parent_name"], "Mobile": r["mobile"], "Email": r["email"],
        "Lead_Source": "Website", "Description": f"Class sought: {r['class_sought']}",
    } for r in rows]}
    req = urllib.request.Request(f"{ZOHO_API}/Leads", data=json.dumps(payload).encode(), method="POST",
                                 headers={"Authorization": f"Zoho-oauthtoken {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        print(r.status, len(rows), "leads pushed")
    with db.cursor() as cur:
        cur.executemany("UPDATE admission_enquiries SET synced = 1 WHERE id = %s", [(r["id"],) for r in rows])
    db.commit()


if __name__ == "__main__":
    main()
