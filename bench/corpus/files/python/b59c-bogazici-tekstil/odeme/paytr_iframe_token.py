# PayTR iFrame API 1. adım — sipariş için iframe_token alma (Django view'dan çağrılıyor)
import base64
import hashlib
import hmac
import json

import requests
from django.conf import settings

MERCHANT_ID = getattr(settings, "PAYTR_MERCHANT_ID", "318274")
MERCHANT_KEY = getattr(settings, "PAYTR_MERCHANT_KEY", "⟦b59c_paytr_merchant_key:py⟧").encode()
MERCHANT_SALT = getattr(settings, "PAYTR_MERCHANT_SALT", "⟦b59c_paytr_merchant_salt:py⟧")


def iframe_token_al(siparis, kullanici_ip: str) -> str:
    sepet = base64.b64encode(
        json.dumps([[u.ad, f"{u.fiyat:.2f}", u.adet] for u in siparis.urunler]).encode()
    ).decode()
    odeme_tutari = int(round(siparis.toplam * 100))
    no_installment, max_installment, currency, test_mode = "0", "9", "TL", "0"

    hash_str = (
        f"{MERCHANT_ID}{kullanici_ip}{siparis.no}{siparis.eposta}{odeme_tutari}"
        f"{sepet}{no_installment}{max_installment}{currency}{test_mode}"
    )
    paytr_token = base64.b64encode(
        hmac.new(MERCHANT_KEY, (hash_str + MERCHANT_SALT).encode(), hashlib.sha256).digest()
    ).decode()

    r = requests.post(
        "https://www.paytr.com/odeme/api/get-token",
        data={
            "merchant_id": MERCHANT_ID,
            "user_ip": kullanici_ip,
            "merchant_oid": siparis.no,
            "email": siparis.eposta,
            "payment_amount": odeme_tutari,
            "paytr_token": paytr_token,
            "user_basket": sepet,
            "debug_on": 0,
            "no_installment": no_installment,
            "max_installment": max_installment,
            "user_name": siparis.ad_soyad,
            "user_address": siparis.adres,
            "user_phone": siparis.telefon,
            "merchant_ok_url": "https://www.bogazicievtekstil.com.tr/odeme/basarili",
            "merchant_fail_url": "https://www.bogazicievtekstil.com.tr/odeme/hata",
            "timeout_limit": 30,
            "currency": currency,
            "test_mode": test_mode,
        },
        timeout=20,
    )
    cevap = r.json()
    if cevap["status"] != "success":
        raise RuntimeError(f"PayTR get-token hatası: {cevap.get('reason')}")
    return cevap["token"]
