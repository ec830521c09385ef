"""Submit a day's batch of new claims to ISO ClaimSearch on behalf of client carriers that delegate it to us
(independent adjusting contract: Harborline Mutual, Openly, two TPAs). Reads the daily CSV from the claims system
export, posts SOAP Universal Format records, writes match summaries back as a CSV for the desk adjusters."""
import csv
import datetime as dt
import sys
from xml.sax.saxutils import escape

import requests

ENDPOINT = "https://claimsearch.iso.com/ClaimSearchWS/Service.svc"

# one ClaimSearch account per carrier contract (customer code, user id, password)
ACCOUNTS = {
    "HBLN": ("HBLN01", "PNCL_HBLN_SVC", "⟦password:isohbln⟧"),
    "OPNL": ("OPNL02", "PNCL_OPNL_SVC", "⟦password:isoopnl⟧"),
    "TPA1": ("CRWF05", "PNCL_TPA1", "Crawford#TPA2023"),
}

ENVELOPE = """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cs="http://iso.com/ClaimSearch">
<soapenv:Header><cs:Credentials><cs:UserId>{user}</cs:UserId><cs:Password>{password}</cs:Password><cs:CustomerCode>{cust}</cs:CustomerCode></cs:Credentials></soapenv:Header>
<soapenv:Body><cs:SubmitClaim><cs:Claim>{fields}</cs:Claim></cs:SubmitClaim></soapenv:Body></soapenv:Envelope>"""


def claim_fields(row: dict) -> str:
    keys = ["ClaimNumber", "PolicyNumber", "LossDate", "LossType", "LossState", "LastName", "FirstName", "Address1", "City", "State", "Zip"]
    return "".join(f"<cs:{k}>{escape(row.get(k, ''))}</cs:{k}>" for k in keys)


def submit(carrier: str, row: dict) -> str:
    cust, user, password = ACCOUNTS[carrier]
    body = ENVELOPE.format(user=user, password=escape(password), cust=cust, fields=claim_fields(row))
    r = requests.post(ENDPOINT, data=body.encode(), headers={"Content-Type": "text/xml; charset=utf-8",
                      "SOAPAction": "http://iso.com/ClaimSearch/IClaimSearchService/SubmitClaim"}, timeout=60)
    r.raise_for_status()
    start = r.text.find("<ISOFileNumber>")
    return r.text[start + 15:r.text.find("</ISOFileNumber>")] if start >= 0 else ""


def main(path: str) -> None:
    out = path.replace(".csv", f".iso_{dt.date.today():%Y%m%d}.csv")
    with open(path, newline="") as fh, open(out, "w", newline="") as oh:
        rows = list(csv.DictReader(fh))
        w = csv.writer(oh)
        w.writerow(["ClaimNumber", "Carrier", "ISOFileNumber"])
        for row in rows:
            w.writerow([row["ClaimNumber"], row["Carrier"], submit(row["Carrier"], row)])
    print(f"{len(rows)} claims submitted, summary in {out}")


if __name__ == "__main__":
    main(sys.argv[1])
