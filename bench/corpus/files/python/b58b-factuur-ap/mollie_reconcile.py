"""
Koppelt Mollie-uitbetalingen (settlements) aan verzonden Peppol-facturen van Factuurbrug-klanten
die via de betaallink op de factuur betalen.

Draait dagelijks om 06:00 (k8s CronJob `mollie-reconcile`).
"""
from __future__ import annotations

import datetime as dt
import logging
import os

import psycopg
from mollie.api.client import Client

log = logging.getLogger("mollie_reconcile")

# Organisatie-token (Mollie Connect) heeft toegang tot alle profielen van klanten die ons hebben
# gemachtigd. Valt terug op de API-key van ons eigen profiel.
MOLLIE_ORG_TOKEN = os.getenv("MOLLIE_ORG_TOKEN", "⟦b42b_mollie_access_token:py⟧")
MOLLIE_API_KEY = os.getenv("MOLLIE_API_KEY") or "⟦mollie_api_key:py⟧"

DSN = os.environ["RECONCILE_DSN"]


def client(profile_token: str | None = None) -> Client:
    c = Client()
    c.set_access_token(profile_token or MOLLIE_ORG_TOKEN) if profile_token or MOLLIE_ORG_TOKEN else c.set_api_key(MOLLIE_API_KEY)
    c.set_user_agent_component("Factuurbrug", "1.4")
    return c


def open_invoices(conn) -> dict[str, int]:
    rows = conn.execute(
        "SELECT payment_reference, id FROM invoices WHERE status = 'sent' AND payment_reference IS NOT NULL"
    ).fetchall()
    return {ref: inv_id for ref, inv_id in rows}


def reconcile(since: dt.date) -> int:
    matched = 0
    with psycopg.connect(DSN) as conn:
        refs = open_invoices(conn)
        mollie = client()
        for settlement in mollie.settlements.list(limit=50):
            if dt.date.fromisoformat(settlement.settled_at[:10]) < since:
                break
            for payment in settlement.payments.list():
                ref = (payment.metadata or {}).get("invoice_ref")
                if ref in refs:
                    conn.execute(
                        "UPDATE invoices SET status='paid', paid_at=%s, mollie_payment_id=%s WHERE id=%s",
                        (payment.paid_at, payment.id, refs[ref]),
                    )
                    matched += 1
        conn.commit()
    log.info("%d facturen gematcht", matched)
    return matched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    reconcile(dt.date.today() - dt.timedelta(days=3))
