"""菜鸟 LINK 电子面单（云打印）接入。

data_digest = base64(md5(logistics_interface + secret_key))
"""
import base64
import hashlib
import json
import os

import requests

LINK_URL = "https://link.cainiao.com/gateway/link.do"

LOGISTIC_PROVIDER_ID = os.environ.get("CAINIAO_PROVIDER_ID", "8a2f7c5d0e3b4f1a9c6d2e8b7a0f3c1d")
# 资源 appKey 的密钥，测试期间先写这里
SECRET_KEY = os.environ.get("CAINIAO_SECRET_KEY") or "⟦b61c_cainiao_secret_key:wms⟧"


def _digest(content: str) -> str:
    return base64.b64encode(hashlib.md5((content + SECRET_KEY).encode("utf-8")).digest()).decode()


def get_waybill(cp_code: str, order: dict) -> dict:
    content = json.dumps(
        {
            "cpCode": cp_code,
            "sender": order["sender"],
            "tradeOrderInfoDtos": [order["trade"]],
            "storeCode": "JSYC-HZ-01",
        },
        ensure_ascii=False,
    )
    resp = requests.post(
        LINK_URL,
        data={
            "msg_type": "TMS_WAYBILL_GET",
            "logistic_provider_id": LOGISTIC_PROVIDER_ID,
            "logistics_interface": content,
            "data_digest": _digest(content),
            "to_code": "",
        },
        timeout=10,
    )
    return resp.json()
