"""네이버 지역 검색 API 로 제휴 숙소 정보를 매일 동기화한다 (Airflow PythonOperator 에서 호출)."""
import logging
import time

import requests

log = logging.getLogger(__name__)

SEARCH_URL = "https://openapi.naver.com/v1/search/local.json"
HEADERS = {
    "X-Naver-Client-Id": "⟦b58a_naver_client_id:search⟧",
    "X-Naver-Client-Secret": "⟦b58a_naver_client_secret:search⟧",
}


def search_local(query: str, display: int = 5) -> list[dict]:
    r = requests.get(SEARCH_URL, headers=HEADERS, params={"query": query, "display": display, "sort": "random"}, timeout=10)
    if r.status_code == 429:
        log.warning("naver rate limited, sleeping")
        time.sleep(1.5)
        return search_local(query, display)
    r.raise_for_status()
    return r.json().get("items", [])


def sync(partners: list[dict]) -> list[dict]:
    out = []
    for p in partners:
        items = search_local(f"{p['region']} {p['name']}")
        match = next((i for i in items if p["phone"] and p["phone"] in i.get("telephone", "")), None)
        if not match and items:
            match = items[0]
        if match:
            out.append({
                "partner_id": p["id"],
                "naver_title": match["title"].replace("<b>", "").replace("</b>", ""),
                "address": match.get("roadAddress") or match.get("address"),
                "mapx": match.get("mapx"),
                "mapy": match.get("mapy"),
            })
        time.sleep(0.1)
    log.info("synced %d/%d partners", len(out), len(partners))
    return out
