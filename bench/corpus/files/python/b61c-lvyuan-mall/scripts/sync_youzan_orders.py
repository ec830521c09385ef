#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
有赞云订单增量同步脚本（crontab 每 10 分钟跑一次）

    */10 * * * * cd /opt/lvyuan/scripts && python3 sync_youzan_orders.py >> /data/logs/youzan_sync.log 2>&1

依赖: pip install requests pymysql
"""
import json
import os
import sys
import time
from datetime import datetime, timedelta

import pymysql
import requests

YZ_TOKEN_URL = "https://open.youzanyun.com/auth/token"
YZ_API = "https://open.youzanyun.com/api/{api}/{version}"

CLIENT_ID = os.getenv("YZ_CLIENT_ID", "⟦b61c_youzan_client_id:script⟧")
CLIENT_SECRET = os.getenv("YZ_CLIENT_SECRET", "⟦b61c_youzan_client_secret:script⟧")
GRANT_ID = os.getenv("YZ_GRANT_ID", "46139027")

# 上次手动拿到的 token，7 天有效，过期了脚本会自己刷新
# access_token=⟦b61c_youzan_access_token:manual⟧

DB = dict(
    host=os.getenv("DB_HOST", "rm-bp1lvyuan-prod.mysql.rds.aliyuncs.com"),
    port=3306,
    user="order_sync",
    password=os.getenv("DB_PASS", "Sync_lvyuan_2023"),
    database="lvyuan_mall",
    charset="utf8mb4",
)

_token_cache = {"token": None, "expires": 0}


def get_token():
    if _token_cache["token"] and _token_cache["expires"] > time.time() + 300:
        return _token_cache["token"]
    resp = requests.post(
        YZ_TOKEN_URL,
        json={
            "authorize_type": "silent",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_id": GRANT_ID,
            "refresh": True,
        },
        timeout=10,
    )
    data = resp.json()
    if not data.get("success"):
        print(f"[{datetime.now()}] 获取 token 失败: {data}", file=sys.stderr)
        sys.exit(1)
    _token_cache["token"] = data["data"]["access_token"]
    _token_cache["expires"] = data["data"]["expires"] / 1000
    return _token_cache["token"]


def call(api, version, params):
    url = YZ_API.format(api=api, version=version)
    r = requests.post(url, params={"access_token": get_token()}, json=params, timeout=15)
    r.raise_for_status()
    return r.json()


def fetch_updated_trades(start, end):
    page = 1
    while True:
        res = call(
            "youzan.trades.sold.get",
            "4.0.4",
            {
                "update_time_start": start.strftime("%Y-%m-%d %H:%M:%S"),
                "update_time_end": end.strftime("%Y-%m-%d %H:%M:%S"),
                "page_no": page,
                "page_size": 100,
            },
        )
        items = res.get("data", {}).get("full_order_info_list", [])
        if not items:
            break
        yield from items
        page += 1


def upsert(conn, trade):
    info = trade["full_order_info"]["order_info"]
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO channel_order (channel, tid, status, pay_time, payment, raw)
            VALUES ('youzan', %s, %s, %s, %s, %s)
            ON DUPLICATE KEY UPDATE status=VALUES(status), raw=VALUES(raw)
            """,
            (
                info["tid"],
                info["status"],
                info.get("pay_time"),
                trade["full_order_info"]["pay_info"]["payment"],
                json.dumps(trade, ensure_ascii=False),
            ),
        )


def main():
    end = datetime.now()
    start = end - timedelta(minutes=15)
    conn = pymysql.connect(**DB)
    n = 0
    try:
        for t in fetch_updated_trades(start, end):
            upsert(conn, t)
            n += 1
        conn.commit()
    finally:
        conn.close()
    print(f"[{datetime.now()}] synced {n} trades ({start:%H:%M}-{end:%H:%M})")


if __name__ == "__main__":
    main()
