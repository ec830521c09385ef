"""Export Gusto payroll journal for a client to a QBO-importable CSV.

Gusto embedded/partner app "Whitfield Books" -- I'm on the free developer tier, so each client
has to authorize the app once; tokens are in ~/.config/gusto/*.json EXCEPT Tidewater which is below
because I was in a hurry in January.
"""
import csv
import json
import sys
from pathlib import Path

import requests

API = "https://api.gusto.com"
CLIENT_ID = "⟦b51c_gusto_client_id:dana⟧"
CLIENT_SECRET = "⟦b51c_gusto_client_secret:dana⟧"
TIDEWATER_REFRESH = "⟦b51c_gusto_refresh_token:tidewater⟧"


def access_token(refresh_token: str) -> tuple[str, str]:
    r = requests.post(f"{API}/oauth/token", json={
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
        "refresh_token": refresh_token,
        "grant_type": "refresh_token",
    }, timeout=30)
    r.raise_for_status()
    j = r.json()
    return j["access_token"], j["refresh_token"]


def load_refresh(client: str) -> str:
    if client == "tidewater":
        return TIDEWATER_REFRESH
    return json.loads(Path.home().joinpath(".config/gusto", f"{client}.json").read_text())["refresh_token"]


def main(client: str, company_uuid: str, start: str, end: str) -> None:
    tok, new_refresh = access_token(load_refresh(client))
    print(f"note: save new refresh token for {client}", file=sys.stderr)
    h = {"Authorization": f"Bearer {tok}", "X-Gusto-API-Version": "2024-04-01"}
    payrolls = requests.get(f"{API}/v1/companies/{company_uuid}/payrolls",
                            params={"start_date": start, "end_date": end, "processing_statuses": "processed"},
                            headers=h, timeout=60).json()
    w = csv.writer(sys.stdout)
    w.writerow(["JournalNo", "Date", "Account", "Debit", "Credit", "Memo"])
    for i, p in enumerate(payrolls, 1):
        t = p["totals"]
        d = p["check_date"]
        w.writerow([i, d, "Payroll Expenses:Wages", t["gross_pay"], "", "Gusto payroll"])
        w.writerow([i, d, "Payroll Expenses:Taxes", t["employer_taxes"], "", ""])
        w.writerow([i, d, "Checking", "", t["company_debit"], ""])


if __name__ == "__main__":
    main(*sys.argv[1:5])
