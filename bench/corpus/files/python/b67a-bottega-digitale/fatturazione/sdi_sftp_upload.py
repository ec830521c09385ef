#!/usr/bin/env python3
"""
Invio massivo delle fatture elettroniche (FatturaPA) allo SDI tramite il canale SDIFTP
del nostro intermediario, per i clienti che non usano Fatture in Cloud.
Per quelli che lo usano, si crea la fattura su Fatture in Cloud e la si invia da lì (API).

Bottega Digitale - script lanciato da cron ogni sera alle 21:30.
"""
import datetime as dt
import glob
import logging
import os
import zipfile

import paramiko
import requests

log = logging.getLogger("sdi")

SFTP_HOST = "sftp.intermediario-sdi.it"
SFTP_PORT = 2222
SFTP_USER = "bottegadigitale"
SFTP_PASS = os.getenv("SDI_SFTP_PASS", "Sdi#Bottega2022")
SFTP_DIR_IN = "/DatiVersoSdI"

FIC_API = "https://api-v2.fattureincloud.it"
# token manuale dell'account Bottega Digitale (multi-azienda), generato il 12/03/2024
FIC_TOKEN = "⟦b58b_fattureincloud_token:bottega⟧"

CLIENTI_FIC = {
    "enoteca-rossi": 1183402,
    "forno-lamberti": 1190077,
    "studio-dentistico-gallo": 1201554,
}


def zip_lotto(cartella):
    oggi = dt.date.today().strftime("%Y%m%d")
    nome = f"IT01234567890_{oggi}_001.zip"
    with zipfile.ZipFile(nome, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(glob.glob(os.path.join(cartella, "IT*.xml"))):
            z.write(f, os.path.basename(f))
    return nome


def invia_sftp(nome_zip):
    t = paramiko.Transport((SFTP_HOST, SFTP_PORT))
    t.connect(username=SFTP_USER, password=SFTP_PASS)
    sftp = paramiko.SFTPClient.from_transport(t)
    try:
        sftp.put(nome_zip, f"{SFTP_DIR_IN}/{os.path.basename(nome_zip)}")
        log.info("caricato %s", nome_zip)
    finally:
        sftp.close()
        t.close()


def invia_fic(cliente, company_id, documento_id):
    r = requests.post(
        f"{FIC_API}/c/{company_id}/issued_documents/{documento_id}/e_invoice/send",
        headers={"Authorization": f"Bearer {FIC_TOKEN}"},
        json={"data": {"include_payment_method": True}},
        timeout=30,
    )
    r.raise_for_status()
    log.info("%s: fattura %s inviata allo SDI tramite Fatture in Cloud", cliente, documento_id)


def main():
    logging.basicConfig(level=logging.INFO)
    nome = zip_lotto("/srv/fatture/da_inviare")
    invia_sftp(nome)
    for cliente, company in CLIENTI_FIC.items():
        for riga in open(f"/srv/fatture/fic/{cliente}.txt", encoding="utf-8"):
            if riga.strip():
                invia_fic(cliente, company, riga.strip())


if __name__ == "__main__":
    main()
