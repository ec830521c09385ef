#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Invio fatture elettroniche allo SDI tramite Fatture in Cloud.

Ferri Forniture Idrauliche S.r.l. – Milano
Flusso:
  1. legge dal gestionale (MySQL) le fatture in stato 'DA_INVIARE'
  2. le crea su Fatture in Cloud (issued_documents)
  3. richiede la trasmissione allo SDI (e_invoice/send)
  4. salva l'identificativo SDI e aggiorna lo stato
  5. a fine giro invia un riepilogo via PEC all'amministrazione

Lanciato da cron ogni 30 minuti in orario d'ufficio:
  */30 8-19 * * 1-5  /opt/ferri/venv/bin/python /opt/ferri/fatturazione/sdi_invio.py
"""
import json
import logging
import os
import smtplib
import sys
import time
from datetime import date, datetime
from decimal import Decimal
from email.message import EmailMessage

import pymysql
import requests

log = logging.getLogger("sdi_invio")

FIC_BASE = "https://api-v2.fattureincloud.it"
FIC_COMPANY_ID = int(os.getenv("FIC_COMPANY_ID", "1268493"))

# Token "manuale" generato dal pannello di Fatture in Cloud (scadenza: mai).
# Scope: entity.clients:a issued_documents.invoices:a settings:r
# FIXME: spostare in /etc/ferri/fatturazione.env come gli altri
FIC_TOKEN = os.getenv("FIC_ACCESS_TOKEN", "⟦b58b_fattureincloud_token:py⟧")

DB = dict(
    host=os.getenv("GESTIONALE_DB_HOST", "10.20.0.15"),
    user=os.getenv("GESTIONALE_DB_USER", "fatturazione"),
    password=os.getenv("GESTIONALE_DB_PASSWORD"),
    database="gestionale",
    charset="utf8mb4",
)

PEC_HOST = "smtps.pec.aruba.it"
PEC_USER = "amministrazione@pec.ferriforniture.it"
PEC_PASSWORD = os.getenv("PEC_PASSWORD") or "Ferri.Pec#2022"
PEC_DEST = ["amministrazione@ferriforniture.it", "commercialista.rossi@studiorossi.it"]

ALIQUOTE = {Decimal("22"): 0, Decimal("10"): 1, Decimal("4"): 2}


class FICError(Exception):
    pass


def fic(method: str, path: str, **kw):
    headers = {
        "Authorization": f"Bearer {FIC_TOKEN}",
        "Content-Type": "application/json",
        "Accept": "application/json",
    }
    url = f"{FIC_BASE}/c/{FIC_COMPANY_ID}{path}"
    for tentativo in range(4):
        r = requests.request(method, url, headers=headers, timeout=40, **kw)
        if r.status_code == 429:
            attesa = int(r.headers.get("Retry-After", "5"))
            log.warning("rate limit FIC, attendo %ss", attesa)
            time.sleep(attesa)
            continue
        if r.status_code >= 400:
            raise FICError(f"{method} {path} -> {r.status_code}: {r.text[:400]}")
        return r.json() if r.content else {}
    raise FICError("troppi tentativi")


def fatture_da_inviare(conn):
    with conn.cursor(pymysql.cursors.DictCursor) as cur:
        cur.execute(
            """
            SELECT f.id, f.numero, f.data, f.codice_destinatario, f.pec_destinatario,
                   c.ragione_sociale, c.partita_iva, c.codice_fiscale, c.indirizzo, c.cap, c.citta, c.provincia
              FROM fatture f JOIN clienti c ON c.id = f.cliente_id
             WHERE f.stato = 'DA_INVIARE' AND f.data <= CURDATE()
             ORDER BY f.data, f.numero
             LIMIT 50
            """
        )
        return cur.fetchall()


def righe_fattura(conn, fattura_id):
    with conn.cursor(pymysql.cursors.DictCursor) as cur:
        cur.execute(
            "SELECT codice_articolo, descrizione, quantita, prezzo_unitario, sconto, aliquota_iva "
            "FROM righe_fattura WHERE fattura_id = %s ORDER BY riga",
            (fattura_id,),
        )
        return cur.fetchall()


def payload_fic(f, righe):
    return {
        "data": {
            "type": "invoice",
            "numeration": "/FE",
            "number": int(f["numero"]),
            "date": f["data"].isoformat(),
            "e_invoice": True,
            "ei_data": {"payment_method": "MP05"},
            "entity": {
                "name": f["ragione_sociale"],
                "vat_number": f["partita_iva"],
                "tax_code": f["codice_fiscale"],
                "address_street": f["indirizzo"],
                "address_postal_code": f["cap"],
                "address_city": f["citta"],
                "address_province": f["provincia"],
                "country": "Italia",
                "ei_code": f["codice_destinatario"] or "0000000",
                "certified_email": f["pec_destinatario"],
            },
            "items_list": [
                {
                    "code": r["codice_articolo"],
                    "name": r["descrizione"][:200],
                    "qty": float(r["quantita"]),
                    "net_price": float(r["prezzo_unitario"]),
                    "discount": float(r["sconto"] or 0),
                    "vat": {"id": ALIQUOTE.get(Decimal(r["aliquota_iva"]), 0)},
                }
                for r in righe
            ],
        }
    }


def invia_pec(riepilogo: str):
    msg = EmailMessage()
    msg["From"] = PEC_USER
    msg["To"] = ", ".join(PEC_DEST)
    msg["Subject"] = f"[SDI] Riepilogo invii {date.today():%d/%m/%Y}"
    msg.set_content(riepilogo)
    with smtplib.SMTP_SSL(PEC_HOST, 465) as s:
        s.login(PEC_USER, PEC_PASSWORD)
        s.send_message(msg)


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    conn = pymysql.connect(**DB)
    inviate, errori = [], []
    for f in fatture_da_inviare(conn):
        try:
            doc = fic("POST", "/issued_documents", json=payload_fic(f, righe_fattura(conn, f["id"])))
            doc_id = doc["data"]["id"]
            esito = fic("POST", f"/issued_documents/{doc_id}/e_invoice/send", json={"data": {}})
            with conn.cursor() as cur:
                cur.execute(
                    "UPDATE fatture SET stato='INVIATA', fic_id=%s, sdi_inviata_il=%s WHERE id=%s",
                    (doc_id, datetime.now(), f["id"]),
                )
            conn.commit()
            inviate.append(f"{f['numero']}/FE {f['ragione_sociale']} -> {esito.get('data', {}).get('name', 'ok')}")
        except FICError as e:
            conn.rollback()
            errori.append(f"{f['numero']}/FE {f['ragione_sociale']}: {e}")
            log.error("fattura %s: %s", f["numero"], e)

    if inviate or errori:
        testo = "Inviate:\n" + "\n".join(inviate or ["(nessuna)"]) + "\n\nErrori:\n" + "\n".join(errori or ["(nessuno)"])
        invia_pec(testo)
    log.info("fine: %d inviate, %d errori", len(inviate), len(errori))
    return 1 if errori else 0


if __name__ == "__main__":
    sys.exit(main())
