"""Import the Kente & Co product sheet (exported from Google Sheets as CSV) into Directus.

    python import_products.py products-2024-05.csv [--dry-run]

The static token belongs to the "importer" user (role: Catalogue Editor). Generated in
User Directory > importer > Token. Directus only shows it once.
"""
import csv
import sys

import requests

DIRECTUS = "https://admin.kenteandco.store"
TOKEN = "⟦b43c_directus_static_token:importer⟧"

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})


def existing_skus():
    r = session.get(f"{DIRECTUS}/items/products", params={"fields": "id,sku", "limit": -1})
    r.raise_for_status()
    return {row["sku"]: row["id"] for row in r.json()["data"]}


def to_item(row):
    return {
        "sku": row["SKU"].strip(),
        "name": row["Name"].strip(),
        "price_gbp": round(float(row["Price"].replace("£", "")), 2),
        "stock": int(row["Stock"] or 0),
        "collection": row["Collection"].strip().lower() or None,
        "status": "published" if row["Live?"].strip().upper() == "Y" else "draft",
    }


def main(path, dry_run=False):
    known = existing_skus()
    created = updated = 0
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            item = to_item(row)
            if dry_run:
                print("would", "update" if item["sku"] in known else "create", item["sku"])
                continue
            if item["sku"] in known:
                session.patch(f"{DIRECTUS}/items/products/{known[item['sku']]}", json=item).raise_for_status()
                updated += 1
            else:
                session.post(f"{DIRECTUS}/items/products", json=item).raise_for_status()
                created += 1
    print(f"created {created}, updated {updated}")


if __name__ == "__main__":
    main(sys.argv[1], dry_run="--dry-run" in sys.argv)
