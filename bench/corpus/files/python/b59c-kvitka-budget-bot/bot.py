#!/usr/bin/env python3
"""
Сімейний бюджет-бот: раз на годину тягне виписку з monobank і шле підсумок у Telegram.
Запускаю на Raspberry Pi вдома (crontab: 0 * * * * /home/pi/budget/bot.py).
"""
import datetime as dt
import json
import time
import urllib.request

MONO_TOKEN = "⟦b59c_monobank_token⟧"          # api.monobank.ua -> "Отримати токен"
TG_TOKEN = "⟦telegram_bot_token:budget⟧"
TG_CHAT = 218734455                           # я + дружина (група)

CATEGORIES = {
    5411: "🛒 Продукти",
    5812: "🍽 Кафе",
    5814: "🍔 Фастфуд",
    4111: "🚇 Транспорт",
    5541: "⛽ Пальне",
    5912: "💊 Аптека",
}


def mono(path):
    req = urllib.request.Request(f"https://api.monobank.ua{path}", headers={"X-Token": MONO_TOKEN})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def tg(text):
    data = json.dumps({"chat_id": TG_CHAT, "text": text, "parse_mode": "HTML"}).encode()
    req = urllib.request.Request(
        f"https://api.telegram.org/bot{TG_TOKEN}/sendMessage",
        data=data,
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=20).read()


def main():
    info = mono("/personal/client-info")
    black = next(a for a in info["accounts"] if a["type"] == "black" and a["currencyCode"] == 980)
    since = int((dt.datetime.now() - dt.timedelta(hours=1)).timestamp())
    time.sleep(1)
    items = mono(f"/personal/statement/{black['id']}/{since}")
    if not items:
        return
    totals = {}
    for it in items:
        if it["amount"] >= 0:
            continue
        cat = CATEGORIES.get(it["mcc"], "📦 Інше")
        totals[cat] = totals.get(cat, 0) + -it["amount"] / 100
    lines = [f"{k}: <b>{v:,.2f} ₴</b>" for k, v in sorted(totals.items(), key=lambda x: -x[1])]
    lines.append(f"\nБаланс: {black['balance'] / 100:,.2f} ₴")
    tg("\n".join(lines))


if __name__ == "__main__":
    main()
