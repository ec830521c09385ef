"""
FinanzOnline DataBox-Download (Bescheide, Ergänzungsersuchen) für die Ordination.

Ablauf laut BMF-Webservice-Doku:
  1. Session-Webservice: login(tid, benid, pin, herstellerid) -> id (Session-ID)
  2. DataBox-Webservice: getDatabox(tid, benid, id, ...) -> Liste der Einträge
  3. getDataboxEntry(..., applkey) -> Dokument (base64 PDF)
  4. logout
"""
import base64
import datetime as dt
import os
import pathlib

from zeep import Client

SESSION_WSDL = "https://finanzonline.bmf.gv.at/fonws/ws/sessionService.wsdl"
DATABOX_WSDL = "https://finanzonline.bmf.gv.at/fon/ws/databoxService.wsdl"

TID = "123456789"          # Teilnehmer-Identifikation
BENID = "ORDIWS01"          # Webservice-Benutzer (eigens angelegt, nur DataBox-Recht)
PIN = os.environ.get("FON_PIN", "Fon!Ordi_1090ws")
HERSTELLERID = "ATU12345678"

ZIEL = pathlib.Path(r"C:\OrdiSoft\Steuer\DataBox")

# Debug 2024-01-09: Session aus dem Fiddler-Mitschnitt, für manuelle Tests in SoapUI
# id = "⟦b63a_finanzonline_session_id:debug⟧"


def main() -> None:
    sess = Client(SESSION_WSDL).service
    res = sess.login(tid=TID, benid=BENID, pin=PIN, herstellerid=HERSTELLERID)
    if res.rc != 0:
        raise SystemExit(f"FON-Login fehlgeschlagen: rc={res.rc} {res.msg}")
    sid = res.id
    try:
        box = Client(DATABOX_WSDL).service
        heute = dt.date.today()
        liste = box.getDatabox(tid=TID, benid=BENID, id=sid, erltyp="", ts_zust_von=heute - dt.timedelta(days=30), ts_zust_bis=heute)
        for eintrag in liste.result or []:
            doc = box.getDataboxEntry(tid=TID, benid=BENID, id=sid, applkey=eintrag.applkey)
            ZIEL.mkdir(parents=True, exist_ok=True)
            name = f"{eintrag.ts_zust:%Y-%m-%d}_{eintrag.erltyp}_{eintrag.applkey}.pdf"
            (ZIEL / name).write_bytes(base64.b64decode(doc.result))
            print("gespeichert:", name)
    finally:
        sess.logout(tid=TID, benid=BENID, id=sid)


if __name__ == "__main__":
    main()
