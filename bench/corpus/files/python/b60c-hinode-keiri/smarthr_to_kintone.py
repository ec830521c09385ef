"""SmartHR の従業員情報を kintone の「社員名簿」「入退社管理」アプリに同期する。

毎朝 7:00 に社内の batch01 で実行 (systemd timer: smarthr-sync.timer)。
"""
import datetime as dt
import logging
import os

import requests

SMARTHR_TENANT = "hinode-sangyo"
SMARTHR_BASE = f"https://{SMARTHR_TENANT}.smarthr.jp/api/v1"
SMARTHR_TOKEN = os.getenv("SMARTHR_ACCESS_TOKEN", "⟦b60c_smarthr_access_token⟧")

KINTONE_DOMAIN = "hinode.cybozu.com"
APP_MEIBO = 112     # 社員名簿
APP_NYUTAISHA = 118  # 入退社管理
# 複数アプリを 1 リクエストで扱うときはカンマ区切りでトークンを並べる
KINTONE_TOKENS = "⟦b60c_kintone_api_token:meibo⟧,⟦b60c_kintone_api_token:nyutaisha⟧"

log = logging.getLogger(__name__)


def smarthr_crews():
    page = 1
    while True:
        r = requests.get(
            f"{SMARTHR_BASE}/crews",
            headers={"Authorization": f"Bearer {SMARTHR_TOKEN}"},
            params={"page": page, "per_page": 100, "sort": "emp_code"},
            timeout=30,
        )
        r.raise_for_status()
        crews = r.json()
        if not crews:
            break
        yield from crews
        page += 1


def kintone_upsert(app, key_field, key, record):
    r = requests.put(
        f"https://{KINTONE_DOMAIN}/k/v1/record.json",
        headers={"X-Cybozu-API-Token": KINTONE_TOKENS, "Content-Type": "application/json"},
        json={"app": app, "updateKey": {"field": key_field, "value": key}, "record": record},
        timeout=30,
    )
    if r.status_code == 404 or (r.status_code == 400 and "GAIA_RE01" in r.text):
        record[key_field] = {"value": key}
        r = requests.post(
            f"https://{KINTONE_DOMAIN}/k/v1/record.json",
            headers={"X-Cybozu-API-Token": KINTONE_TOKENS, "Content-Type": "application/json"},
            json={"app": app, "record": record},
            timeout=30,
        )
    r.raise_for_status()


def main():
    logging.basicConfig(level=logging.INFO)
    today = dt.date.today()
    n = 0
    for crew in smarthr_crews():
        emp = crew.get("emp_code")
        if not emp:
            continue
        kintone_upsert(APP_MEIBO, "社員番号", emp, {
            "氏名": {"value": f"{crew['last_name']} {crew['first_name']}"},
            "氏名カナ": {"value": f"{crew.get('last_name_yomi', '')} {crew.get('first_name_yomi', '')}"},
            "部署": {"value": (crew.get("department") or {}).get("name", "")},
            "入社日": {"value": crew.get("entered_at")},
            "在籍状況": {"value": crew.get("emp_status")},
        })
        resigned = crew.get("resigned_at")
        if resigned and dt.date.fromisoformat(resigned) >= today - dt.timedelta(days=31):
            kintone_upsert(APP_NYUTAISHA, "社員番号", emp, {"退職日": {"value": resigned}, "区分": {"value": "退社"}})
        n += 1
    log.info("synced %d crews", n)


if __name__ == "__main__":
    main()
