"""Download ISO (Verisk) advisory loss costs and LCMs for the states we file in, and stage them for the rate review.

Usage:
    python verisk_loss_costs.py --lob CA --states PA NJ DE --circular-date 2024-03-01
"""
import argparse
import csv
import logging
import os
import pathlib

import requests

log = logging.getLogger(__name__)

ERC_BASE = "https://api.verisk.com/erc/v2"
# Actuarial's ERC subscription (Ocp-Apim-Subscription-Key). Prod key - the dev one expired in March.
SUBSCRIPTION_KEY = os.getenv("VERISK_ERC_KEY") or "⟦b48b_verisk_subscription_key:act⟧"

OUT = pathlib.Path(r"\\nfc-fs02\Actuarial\RateReview\ISO_LossCosts")


def fetch(lob: str, state: str, circular_date: str) -> list[dict]:
    r = requests.get(
        f"{ERC_BASE}/losscosts",
        params={"lob": lob, "state": state, "effectiveOnOrAfter": circular_date},
        headers={"Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY, "Accept": "application/json"},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["items"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lob", required=True)
    ap.add_argument("--states", nargs="+", required=True)
    ap.add_argument("--circular-date", required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    for st in args.states:
        rows = fetch(args.lob, st, args.circular_date)
        path = OUT / f"{args.lob}_{st}_{args.circular_date}.csv"
        with path.open("w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["state", "territory", "class_code", "coverage", "loss_cost", "circular"])
            w.writeheader()
            for row in rows:
                w.writerow({k: row.get(k) for k in w.fieldnames})
        log.info("%s: %d rows -> %s", st, len(rows), path)


if __name__ == "__main__":
    main()
