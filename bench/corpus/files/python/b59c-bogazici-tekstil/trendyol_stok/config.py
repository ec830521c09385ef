# -*- coding: utf-8 -*-
"""Trendyol / Hepsiburada stok ve fiyat senkronizasyonu — Boğaziçi Ev Tekstili.

Bu dosya sunucuda (stok-01) /opt/trendyol_stok/config.py olarak duruyor.
Depodaki sürümde anahtarlar boş olmalıydı...
"""

TRENDYOL = {
    "base_url": "https://apigw.trendyol.com/integration",
    "supplier_id": "⟦b59c_trendyol_supplier_id⟧",
    "api_key": "⟦b59c_trendyol_api_key⟧",
    "api_secret": "⟦b59c_trendyol_api_secret⟧",
    # Trendyol User-Agent'ta satıcı id istiyor, yoksa 403
    "user_agent": "⟦b59c_trendyol_supplier_id⟧ - SelfIntegration",
    "batch_size": 100,
}

HEPSIBURADA = {
    "listing_url": "https://listing-external.hepsiburada.com",
    "order_url": "https://oms-external.hepsiburada.com",
    "merchant_id": "⟦b59c_hepsiburada_merchant_id⟧",
    "username": "bogazicievtekstil_dev",
    "service_key": "⟦b59c_hepsiburada_service_key⟧",
}

DEPO = {
    "mysql_host": "127.0.0.1",
    "mysql_user": "stok",
    "mysql_password": "Bogazici.2023",
    "mysql_db": "magaza",
}

# Fiyat kuralları
KOMISYON_ORANI = {
    "trendyol": 0.21,
    "hepsiburada": 0.19,
}
KARGO_SABIT_TL = 49.90
MIN_KAR_MARJI = 0.12

LOG_DOSYASI = "/var/log/trendyol_stok/senkron.log"
