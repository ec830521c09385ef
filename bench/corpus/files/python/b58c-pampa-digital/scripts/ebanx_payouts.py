"""Consulta de pagos EBANX de Cuero Pampa (ventas a Brasil con Pix/boleto) y export a CSV para el contador."""
import csv
import sys
from datetime import date, timedelta

import requests

EBANX_API = "https://api.ebanxpay.com/ws"
# integration key del cliente Cuero Pampa (dashboard EBANX > Integração)
INTEGRATION_KEY = "⟦b58c_ebanx_integration_key⟧"
PUBLIC_INTEGRATION_KEY = "⟦b58c_ebanx_public_key⟧"  # la que va en el checkout


def pagos(desde: date, hasta: date):
    r = requests.post(
        f"{EBANX_API}/query",
        data={
            "integration_key": INTEGRATION_KEY,
            "date_from": desde.isoformat(),
            "date_to": hasta.isoformat(),
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json().get("payments", [])


def main():
    hasta = date.today()
    desde = hasta - timedelta(days=int(sys.argv[1]) if len(sys.argv) > 1 else 30)
    w = csv.writer(sys.stdout)
    w.writerow(["hash", "merchant_payment_code", "status", "payment_type", "amount_br", "amount_ext"])
    for p in pagos(desde, hasta):
        w.writerow([p["hash"], p["merchant_payment_code"], p["status"], p["payment_type_code"], p["amount_br"], p["amount_ext"]])


if __name__ == "__main__":
    main()
