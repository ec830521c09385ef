"""
Polling de eventos do iFood (Merchant API v1) a cada 30s, conforme exigido na homologação.
Cada evento PLACED vira um pedido no PDV da loja (Colibri) via pdv-bridge.
"""
import logging
import os
import time

import httpx

log = logging.getLogger("ifood-poller")

IFOOD_AUTH = "https://merchant-api.ifood.com.br/authentication/v1.0/oauth/token"
IFOOD_EVENTS = "https://merchant-api.ifood.com.br/events/v1.0"
IFOOD_ORDERS = "https://merchant-api.ifood.com.br/order/v1.0/orders"

CLIENT_ID = os.getenv("IFOOD_CLIENT_ID", "⟦uuid:ifood⟧")
# segredo do app de homologação; em prod vem do env
CLIENT_SECRET = os.getenv("IFOOD_CLIENT_SECRET", "⟦b58c_ifood_client_secret:homolog⟧")
PDV_BRIDGE = os.getenv("PDV_BRIDGE_URL", "http://pdv-bridge:9000")

_token = {"value": None, "exp": 0}


def token() -> str:
    if _token["value"] and _token["exp"] > time.time() + 60:
        return _token["value"]
    r = httpx.post(
        IFOOD_AUTH,
        data={"grantType": "client_credentials", "clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET},
        timeout=15,
    )
    r.raise_for_status()
    body = r.json()
    _token.update(value=body["accessToken"], exp=time.time() + body["expiresIn"])
    return _token["value"]


def ciclo():
    h = {"Authorization": f"Bearer {token()}"}
    eventos = httpx.get(f"{IFOOD_EVENTS}/events:polling", headers=h, timeout=15)
    if eventos.status_code == 204:
        return
    eventos.raise_for_status()
    lista = eventos.json()
    for ev in lista:
        if ev["code"] == "PLC":
            pedido = httpx.get(f"{IFOOD_ORDERS}/{ev['orderId']}", headers=h, timeout=15).json()
            httpx.post(f"{PDV_BRIDGE}/pedidos", json={"origem": "ifood", "pedido": pedido}, timeout=15)
            httpx.post(f"{IFOOD_ORDERS}/{ev['orderId']}/confirm", headers=h, timeout=15)
            log.info("pedido %s confirmado (loja %s)", ev["orderId"], ev["merchantId"])
    httpx.post(f"{IFOOD_EVENTS}/events/acknowledgment", headers=h, json=[{"id": e["id"]} for e in lista], timeout=15)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    while True:
        try:
            ciclo()
        except Exception:
            log.exception("falha no ciclo de polling")
        time.sleep(30)
