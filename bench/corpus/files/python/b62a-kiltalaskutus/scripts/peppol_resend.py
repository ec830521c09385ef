"""Lähettää epäonnistuneet verkkolaskut uudelleen Storecoven kautta.

Käyttö: python scripts/peppol_resend.py 2024-03-01
"""
import sys

import psycopg
import requests

# Mikon paikallinen testiajo – tuotantoavain, poista ennen committia!!
STORECOVE_KEY = "⟦b62a_storecove_api_key⟧"
DSN = "host=kilta-db.postgres.database.azure.com dbname=kiltalaskutus user=laskutin password=Laskutin_Tre2024 sslmode=require"


def failed_since(day: str):
    with psycopg.connect(DSN) as conn:
        return conn.execute(
            "select id, ubl_xml, vastaanottaja from verkkolaskut where tila = 'virhe' and luotu >= %s",
            (day,),
        ).fetchall()


def resend(row) -> str:
    invoice_id, ubl, receiver = row
    r = requests.post(
        "https://api.storecove.com/api/v2/document_submissions",
        headers={"Authorization": f"Bearer {STORECOVE_KEY}", "Content-Type": "application/json"},
        json={
            "legalEntityId": 211984,
            "routing": {"eIdentifiers": [{"scheme": "FI:OVT", "id": receiver}]},
            "document": {"documentType": "invoice", "rawDocumentData": {"document": ubl, "parse": True, "parseStrategy": "ubl"}},
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["guid"]


if __name__ == "__main__":
    for row in failed_since(sys.argv[1]):
        print(row[0], resend(row))
