#!/usr/bin/env python3
"""Pull structured scopes of the HackerOne programs I'm in and write one targets file per program.

    python sync.py --out ~/targets
Then: cat ~/targets/<handle>/domains.txt | subfinder -silent | httpx -silent ...
"""
import argparse
import os
import pathlib

import requests

API = "https://api.hackerone.com/v1/hackers"
USER = os.environ.get("H1_API_IDENTIFIER", "⟦b59a_hackerone_api_identifier:sync⟧")
TOKEN = os.environ.get("H1_API_TOKEN") or "⟦b59a_hackerone_api_token:sync⟧"


def paged(url, params=None):
    while url:
        r = requests.get(url, auth=(USER, TOKEN), params=params, headers={"Accept": "application/json"}, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body.get("data", [])
        url = body.get("links", {}).get("next")
        params = None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="targets")
    ap.add_argument("--only-bounty", action="store_true")
    a = ap.parse_args()
    out = pathlib.Path(os.path.expanduser(a.out))
    for prog in paged(f"{API}/programs", {"page[size]": 100}):
        attrs = prog["attributes"]
        if a.only_bounty and not attrs.get("offers_bounties"):
            continue
        handle = attrs["handle"]
        domains, wildcards = set(), set()
        for s in paged(f"{API}/programs/{handle}/structured_scopes", {"page[size]": 100}):
            sa = s["attributes"]
            if not sa.get("eligible_for_submission"):
                continue
            if sa["asset_type"] == "WILDCARD":
                wildcards.add(sa["asset_identifier"].lstrip("*."))
            elif sa["asset_type"] == "URL":
                domains.add(sa["asset_identifier"].split("//")[-1].split("/")[0])
        d = out / handle
        d.mkdir(parents=True, exist_ok=True)
        (d / "domains.txt").write_text("\n".join(sorted(domains | wildcards)) + "\n")
        (d / "wildcards.txt").write_text("\n".join(sorted(wildcards)) + "\n")
        print(f"{handle}: {len(domains)} urls, {len(wildcards)} wildcards")


if __name__ == "__main__":
    main()
