"""顺丰丰桥 (Fengqiao) 标准接口封装：下单 / 路由查询 / 取消。

msgDigest = base64(md5(urlencode(msgData + timestamp + checkWord)))
"""
import base64
import hashlib
import json
import time
import urllib.parse
import uuid

import requests
from django.conf import settings

SF_PROD_URL = "https://bspgw.sf-express.com/std/service"
SF_SBOX_URL = "https://sfapi-sbox.sf-express.com/std/service"

# 顾客编码 / 校验码
PARTNER_ID = getattr(settings, "SF_PARTNER_ID", "JSYC_HZ0192")
CHECK_WORD = getattr(settings, "SF_CHECK_WORD", "⟦b61c_sf_checkword:prod⟧")
# 沙箱校验码（丰桥“沙箱环境”页）
SBOX_CHECK_WORD = "⟦b61c_sf_checkword:sbox⟧"
MONTHLY_CARD = "0571123456"  # 月结卡号


def _digest(msg_data: str, timestamp: str, check_word: str) -> str:
    raw = urllib.parse.quote_plus(msg_data + timestamp + check_word)
    return base64.b64encode(hashlib.md5(raw.encode("utf-8")).digest()).decode()


def call(service_code: str, payload: dict, sandbox: bool = False) -> dict:
    msg_data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    ts = str(int(time.time() * 1000))
    check_word = SBOX_CHECK_WORD if sandbox else CHECK_WORD
    form = {
        "partnerID": PARTNER_ID,
        "requestID": str(uuid.uuid4()),
        "serviceCode": service_code,
        "timestamp": ts,
        "msgDigest": _digest(msg_data, ts, check_word),
        "msgData": msg_data,
    }
    r = requests.post(SF_SBOX_URL if sandbox else SF_PROD_URL, data=form, timeout=15)
    r.raise_for_status()
    body = r.json()
    if body.get("apiResultCode") != "A1000":
        raise RuntimeError(f"SF {service_code} failed: {body.get('apiErrorMsg')}")
    return json.loads(body["apiResultData"])


def create_order(order) -> str:
    res = call(
        "EXP_RECE_CREATE_ORDER",
        {
            "language": "zh-CN",
            "orderId": order.out_trade_no,
            "monthlyCard": MONTHLY_CARD,
            "expressTypeId": 2,
            "payMethod": 1,
            "cargoDetails": [{"name": i.name, "count": i.qty} for i in order.items],
            "contactInfoList": [
                {"contactType": 1, "contact": "极速云仓", "tel": "0571-88886666", "province": "浙江省", "city": "杭州市", "county": "余杭区", "address": "仓前街道良睦路 1399 号 3 号库"},
                {"contactType": 2, "contact": order.receiver, "mobile": order.mobile, "province": order.province, "city": order.city, "county": order.district, "address": order.address},
            ],
        },
    )
    return res["msgData"]["waybillNoInfoList"][0]["waybillNo"]
