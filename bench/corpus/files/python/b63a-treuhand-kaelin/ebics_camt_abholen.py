#!/usr/bin/env python3
"""
EBICS: tägliche Abholung der Kontoauszüge (camt.053) für die Treuhand-Sammelkonten.

Banken:
  - UBS Switzerland AG      (HostID UBSWCHZH80A, EBICS 3.0)
  - Zuger Kantonalbank      (HostID ZUGERKB, EBICS 3.0)
  - PostFinance AG          (HostID PFEBICS, EBICS 3.0)

Bibliothek: fintech (https://www.joonis.de/de/fintech/) – Schlüssel liegen im Keyring-File, das mit
einer Passphrase geschützt ist.
"""
import datetime as dt
import logging
import pathlib

from fintech.ebics import EbicsKeyRing, EbicsBank, EbicsUser, EbicsClient

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("ebics")

KEYRING_DIR = pathlib.Path("/srv/ebics/keys")
# Passphrase für alle drei Keyrings (gleich, damit der Cronjob einfacher ist – KT-31)
KEYRING_PASSPHRASE = "Kaelin-Ebics_2023!"

BANKS = {
    "ubs": dict(host_id="UBSWCHZH80A", url="https://ebics.ubs.com/ebicsweb/ebicsweb", partner="KAELINTR01", user="KTMFA01"),
    "zugerkb": dict(host_id="ZUGERKB", url="https://ebics.zugerkb.ch/ebics", partner="P0041177", user="U0041177A"),
    "postfinance": dict(host_id="PFEBICS", url="https://ebics.postfinance.ch/ebics/ebics.aspx", partner="PF118273", user="PF118273U1"),
}

OUT = pathlib.Path("/srv/ebics/inbox")


def abholen(name: str, cfg: dict, start: dt.date, end: dt.date) -> int:
    keyring = EbicsKeyRing(keys=str(KEYRING_DIR / f"{name}.keys"), passphrase=KEYRING_PASSPHRASE)
    bank = EbicsBank(keyring=keyring, hostid=cfg["host_id"], url=cfg["url"])
    user = EbicsUser(keyring=keyring, partnerid=cfg["partner"], userid=cfg["user"])
    client = EbicsClient(bank, user, version="H005")
    data = client.BTD(btf={"service": "EOP", "scope": "CH", "msg_name": "camt.053"}, start=start, end=end)
    if not data:
        log.info("%s: keine neuen Auszüge", name)
        return 0
    count = 0
    for fname, content in data.items():
        (OUT / name).mkdir(parents=True, exist_ok=True)
        (OUT / name / fname).write_bytes(content)
        count += 1
    client.confirm_download()
    log.info("%s: %d Dateien abgeholt", name, count)
    return count


if __name__ == "__main__":
    today = dt.date.today()
    for name, cfg in BANKS.items():
        try:
            abholen(name, cfg, today - dt.timedelta(days=3), today)
        except Exception:  # noqa: BLE001
            log.exception("%s: Abholung fehlgeschlagen", name)
