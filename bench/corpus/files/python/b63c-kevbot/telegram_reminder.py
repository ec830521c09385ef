# tiny telegram bot that pings our group chat before CS 2510 deadlines
import datetime as dt
import requests

BOT = "⟦telegram_bot_token:remind⟧"
CHAT_ID = -1002093847561  # "2510 study group"

DEADLINES = {
    "HW7 (abstract classes)": dt.datetime(2024, 10, 30, 21, 0),
    "HW8 (visitors)": dt.datetime(2024, 11, 6, 21, 0),
    "Exam 2": dt.datetime(2024, 11, 14, 18, 0),
}


def send(text: str) -> None:
    r = requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                      json={"chat_id": CHAT_ID, "text": text, "parse_mode": "Markdown"}, timeout=10)
    r.raise_for_status()


def main() -> None:
    now = dt.datetime.now()
    for name, due in DEADLINES.items():
        left = due - now
        if dt.timedelta(0) < left < dt.timedelta(hours=24):
            send(f"⏰ *{name}* due in {int(left.total_seconds() // 3600)}h!")


if __name__ == "__main__":
    main()
