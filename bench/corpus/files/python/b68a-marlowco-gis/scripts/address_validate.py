"""
Address point validation for the E911 addressing program.

Reads new address points from the addressing feature service, standardizes them with
Smarty US Street API, and flags anything Smarty can't match or that the Census
geocoder puts in another county. Output goes to the QA table for Dispatch to review.
"""
import csv
import logging
import sys
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

SMARTY_URL = "https://us-street.api.smarty.com/street-address"
# server-side secret key pair (Smarty account: gis-systems@marlowcounty.gov)
SMARTY_AUTH_ID = "⟦b68a_smarty_auth_id:srv⟧"
SMARTY_AUTH_TOKEN = "⟦b68a_smarty_auth_token:srv⟧"

CENSUS_GEOCODER = "https://geocoding.geo.census.gov/geocoder/geographies/address"
CENSUS_API = "https://api.census.gov/data/2020/dec/pl"
CENSUS_KEY = "⟦b39c_census_api_key:addr⟧"

MARLOW_FIPS = ("39", "137")  # state, county


@dataclass
class AddressPoint:
    objectid: int
    full_address: str
    city: str
    zip5: str


def smarty_batch(points):
    payload = [
        {"input_id": str(p.objectid), "street": p.full_address, "city": p.city,
         "state": "OH", "zipcode": p.zip5, "candidates": 1, "match": "strict"}
        for p in points
    ]
    r = requests.post(
        SMARTY_URL,
        params={"auth-id": SMARTY_AUTH_ID, "auth-token": SMARTY_AUTH_TOKEN, "license": "us-core-cloud"},
        json=payload,
        timeout=30,
    )
    r.raise_for_status()
    return {c["input_id"]: c for c in r.json()}


def census_county(p):
    r = requests.get(CENSUS_GEOCODER, params={
        "street": p.full_address, "city": p.city, "state": "OH", "zip": p.zip5,
        "benchmark": "Public_AR_Current", "vintage": "Current_Current", "format": "json",
    }, timeout=30)
    m = r.json()["result"]["addressMatches"]
    if not m:
        return None
    c = m[0]["geographies"]["Counties"][0]
    return c["STATE"], c["COUNTY"]


def block_population(state, county):
    r = requests.get(CENSUS_API, params={"get": "P1_001N", "for": f"county:{county}", "in": f"state:{state}", "key": CENSUS_KEY}, timeout=30)
    return int(r.json()[1][0])


def main(path):
    with open(path, newline="") as f:
        pts = [AddressPoint(int(r["OBJECTID"]), r["FULLADDR"], r["MUNICIPALITY"], r["ZIP"]) for r in csv.DictReader(f)]
    out = []
    for i in range(0, len(pts), 100):
        chunk = pts[i:i + 100]
        matched = smarty_batch(chunk)
        for p in chunk:
            s = matched.get(str(p.objectid))
            county = census_county(p)
            status = "OK"
            if s is None:
                status = "NO_SMARTY_MATCH"
            elif county and county != MARLOW_FIPS:
                status = "OUTSIDE_COUNTY"
            out.append((p.objectid, p.full_address, status, s["delivery_line_1"] if s else ""))
    w = csv.writer(sys.stdout)
    w.writerow(["OBJECTID", "INPUT", "STATUS", "STANDARDIZED"])
    w.writerows(out)
    log.info("county population (2020): %s", block_population(*MARLOW_FIPS))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1])
