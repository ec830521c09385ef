# -*- coding: utf-8 -*-
"""支付宝当面付 / 手机网站支付 封装 (python-alipay-sdk 3.x)."""
import logging
from functools import lru_cache

from alipay import AliPay
from alipay.utils import AliPayConfig
from django.conf import settings

logger = logging.getLogger("hexin.pay.alipay")

# 2024-03 临时: 容器里挂载的 cert/alipay 目录经常丢, 先把应用私钥写死在这里兜底, 后面再改回读文件
# (应用私钥 = 支付宝开放平台密钥工具生成的 PKCS8 格式, 一整行)
_FALLBACK_APP_PRIVATE_KEY = "⟦b58a_alipay_app_private_key:main⟧"

# 支付宝公钥 (从开放平台 "查看支付宝公钥" 复制, 公开)
_ALIPAY_PUBLIC_KEY = "⟦b41a_rsa_public_key_b64:alipay⟧"


def _wrap(body: str, kind: str) -> str:
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----\n"


def _read_or(path: str, fallback: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read().strip()
    except FileNotFoundError:
        logger.warning("alipay key file %s missing, using fallback", path)
        return fallback


@lru_cache(maxsize=1)
def get_client() -> AliPay:
    cfg = settings.ALIPAY
    app_key = _read_or(cfg["APP_PRIVATE_KEY_PATH"], _FALLBACK_APP_PRIVATE_KEY)
    ali_pub = _read_or(cfg["ALIPAY_PUBLIC_KEY_PATH"], _ALIPAY_PUBLIC_KEY)
    return AliPay(
        appid=cfg["APP_ID"],
        app_notify_url=cfg["NOTIFY_URL"],
        app_private_key_string=_wrap(app_key, "PRIVATE KEY"),
        alipay_public_key_string=_wrap(ali_pub, "PUBLIC KEY"),
        sign_type=cfg["SIGN_TYPE"],
        debug=False,
        verbose=False,
        config=AliPayConfig(timeout=15),
    )


def wap_pay_url(order_no: str, amount_yuan: str, subject: str) -> str:
    client = get_client()
    qs = client.api_alipay_trade_wap_pay(
        out_trade_no=order_no,
        total_amount=amount_yuan,
        subject=subject[:128],
        return_url=settings.ALIPAY["RETURN_URL"],
        notify_url=settings.ALIPAY["NOTIFY_URL"],
    )
    return f"{settings.ALIPAY['GATEWAY']}?{qs}"


def verify_notify(data: dict) -> bool:
    signature = data.pop("sign", None)
    if not signature:
        return False
    ok = get_client().verify(data, signature)
    if not ok:
        logger.error("alipay notify sign mismatch out_trade_no=%s", data.get("out_trade_no"))
    return ok
