# 京东竞品价格监控 —— 临时脚本，跑完就删（结果没删）
import hashlib
import json
import time

import requests

APP_KEY = "⟦b61c_jd_app_key:monitor⟧"
APP_SECRET = "⟦b61c_jd_app_secret:monitor⟧"
ACCESS_TOKEN = "⟦b61c_jd_access_token:monitor⟧"  # 京东宙斯后台拿的，一年有效
SERVER = "https://api.jd.com/routerjson"

SKUS = ["100012043978", "100008348542", "100019867468", "10025386829472"]


def sign(params):
    s = APP_SECRET + "".join(f"{k}{params[k]}" for k in sorted(params)) + APP_SECRET
    return hashlib.md5(s.encode("utf-8")).hexdigest().upper()


def call(method, biz):
    p = {
        "method": method,
        "app_key": APP_KEY,
        "access_token": ACCESS_TOKEN,
        "timestamp": time.strftime("%Y-%m-%d %H:%M:%S"),
        "format": "json",
        "v": "2.0",
        "sign_method": "md5",
        "360buy_param_json": json.dumps(biz, separators=(",", ":")),
    }
    p["sign"] = sign(p)
    return requests.post(SERVER, data=p, timeout=10).json()


if __name__ == "__main__":
    for sku in SKUS:
        res = call("jingdong.ware.price.get", {"sku_id": f"J_{sku}"})
        print(sku, res)
        time.sleep(0.5)
