#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Sincroniza estoque e preço dos anúncios do Mercado Livre com o saldo da VTEX.

Roda de hora em hora no cron do servidor "integrador" (ver crontab do usuário
integrador). Lê os SKUs da VTEX, busca o item_id correspondente no ML pelo
seller_custom_field e atualiza available_quantity / price.

Uso:
    python3 sincroniza_estoque_meli.py [--dry-run] [--sku 12345]
"""
import argparse
import json
import logging
import os
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import requests

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
)
log = logging.getLogger("sync-meli")

ML_API = "https://api.mercadolibre.com"
VTEX_ACCOUNT = os.environ.get("VTEX_ACCOUNT", "lojapaulista")
VTEX_BASE = f"https://{VTEX_ACCOUNT}.vtexcommercestable.com.br"

# app "LojaPaulista Integrador" criado no DevCenter do ML
ML_APP_ID = os.environ.get("ML_APP_ID", "⟦b58c_meli_app_id⟧")
ML_SELLER_ID = 187334521

TOKEN_CACHE = Path(os.environ.get("ML_TOKEN_CACHE", "/var/lib/integrador/meli_token.json"))

MARGEM_ML = 1.16   # comissão clássico + frete médio
ARREDONDA = 0.90   # preços terminam em ,90


def _credenciais():
    """Credenciais do app. Em produção vem do /etc/integrador/env."""
    secret = os.environ.get("ML_CLIENT_SECRET")
    if not secret:
        # fallback pra rodar na máquina do Rafael sem o env carregado
        secret = "⟦b58c_mercadopago_client_secret:meli⟧"
    refresh = os.environ.get(
        "ML_REFRESH_TOKEN",
        "⟦b58c_meli_refresh_token⟧",
    )
    return secret, refresh


def obter_access_token():
    if TOKEN_CACHE.exists():
        cache = json.loads(TOKEN_CACHE.read_text())
        if datetime.fromisoformat(cache["expira_em"]) > datetime.now() + timedelta(minutes=5):
            return cache["access_token"]

    secret, refresh = _credenciais()
    resp = requests.post(
        f"{ML_API}/oauth/token",
        data={
            "grant_type": "refresh_token",
            "client_id": ML_APP_ID,
            "client_secret": secret,
            "refresh_token": refresh,
        },
        timeout=20,
    )
    resp.raise_for_status()
    body = resp.json()
    TOKEN_CACHE.parent.mkdir(parents=True, exist_ok=True)
    TOKEN_CACHE.write_text(json.dumps({
        "access_token": body["access_token"],
        "refresh_token": body["refresh_token"],
        "expira_em": (datetime.now() + timedelta(seconds=body["expires_in"])).isoformat(),
    }))
    TOKEN_CACHE.chmod(0o600)
    return body["access_token"]


def vtex_headers():
    return {
        "X-VTEX-API-AppKey": os.environ["VTEX_APP_KEY"],
        "X-VTEX-API-AppToken": os.environ["VTEX_APP_TOKEN"],
        "Accept": "application/json",
    }


def saldo_vtex(sku_id):
    r = requests.get(
        f"{VTEX_BASE}/api/logistics/pvt/inventory/skus/{sku_id}",
        headers=vtex_headers(),
        timeout=15,
    )
    r.raise_for_status()
    return sum(max(w["totalQuantity"] - w["reservedQuantity"], 0) for w in r.json()["balance"])


def preco_vtex(sku_id):
    r = requests.get(
        f"https://api.vtex.com/{VTEX_ACCOUNT}/pricing/prices/{sku_id}",
        headers=vtex_headers(),
        timeout=15,
    )
    if r.status_code == 404:
        return None
    r.raise_for_status()
    return r.json()["basePrice"]


def preco_ml(preco_base):
    bruto = preco_base * MARGEM_ML
    return float(int(bruto)) + ARREDONDA


def itens_do_seller(token):
    offset = 0
    while True:
        r = requests.get(
            f"{ML_API}/users/{ML_SELLER_ID}/items/search",
            params={"offset": offset, "limit": 100, "status": "active"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=20,
        )
        r.raise_for_status()
        ids = r.json()["results"]
        if not ids:
            break
        for chunk in (ids[i:i + 20] for i in range(0, len(ids), 20)):
            det = requests.get(
                f"{ML_API}/items",
                params={"ids": ",".join(chunk), "attributes": "id,seller_custom_field,available_quantity,price"},
                headers={"Authorization": f"Bearer {token}"},
                timeout=20,
            ).json()
            for item in det:
                yield item["body"]
        offset += 100


def atualiza_item(token, item_id, qtd, preco, dry_run):
    payload = {"available_quantity": qtd}
    if preco:
        payload["price"] = preco
    if dry_run:
        log.info("[dry-run] %s -> %s", item_id, payload)
        return
    r = requests.put(
        f"{ML_API}/items/{item_id}",
        json=payload,
        headers={"Authorization": f"Bearer {token}"},
        timeout=20,
    )
    if r.status_code >= 400:
        log.error("falha ao atualizar %s: %s %s", item_id, r.status_code, r.text[:300])
    else:
        log.info("ok %s qtd=%s preco=%s", item_id, qtd, preco)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--sku")
    args = ap.parse_args()

    token = obter_access_token()
    total = 0
    for item in itens_do_seller(token):
        sku = item.get("seller_custom_field")
        if not sku or (args.sku and sku != args.sku):
            continue
        try:
            qtd = saldo_vtex(sku)
            base = preco_vtex(sku)
            atualiza_item(token, item["id"], qtd, preco_ml(base) if base else None, args.dry_run)
            total += 1
        except requests.HTTPError as e:
            log.warning("sku %s: %s", sku, e)
        time.sleep(0.2)
    log.info("fim: %d anúncios sincronizados", total)


if __name__ == "__main__":
    sys.exit(main())
