"""Relays the guild's Telegram announcement channel into Discord #announcements.

Runs as a *user* session (Telethon) because the channel owner won't add bots.
Generate the session string once with `python relay.py --login` and paste it below.
"""
import asyncio
import logging
import sys

import aiohttp
from telethon import TelegramClient, events
from telethon.sessions import StringSession

logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
log = logging.getLogger("relay")

API_ID = ⟦b42a_telegram_api_id⟧
API_HASH = "⟦b42a_telegram_api_hash⟧"
SESSION = "⟦b42a_telethon_session⟧"

SOURCE_CHANNEL = -1001634002197  # @emberfall_news
DISCORD_WEBHOOK = "⟦discord_webhook:announce⟧"

# fallback: bot account that DMs me when the relay dies
ALERT_BOT_TOKEN = "⟦telegram_bot_token:alert⟧"
ALERT_CHAT_ID = 481273560


async def post_discord(session: aiohttp.ClientSession, text: str) -> None:
    async with session.post(DISCORD_WEBHOOK, json={"content": text[:1900], "username": "Emberfall News"}) as r:
        if r.status >= 300:
            log.warning("discord webhook %s: %s", r.status, await r.text())


async def alert(text: str) -> None:
    url = f"https://api.telegram.org/bot{ALERT_BOT_TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as s:
        await s.post(url, json={"chat_id": ALERT_CHAT_ID, "text": text})


async def main() -> int:
    if "--login" in sys.argv:
        async with TelegramClient(StringSession(), API_ID, API_HASH) as c:
            print(c.session.save())
        return 0

    client = TelegramClient(StringSession(SESSION), API_ID, API_HASH)
    http = aiohttp.ClientSession()

    @client.on(events.NewMessage(chats=SOURCE_CHANNEL))
    async def handler(event):
        await post_discord(http, event.raw_text)

    try:
        await client.start()
        log.info("relay running")
        await client.run_until_disconnected()
    except Exception as exc:  # noqa: BLE001
        await alert(f"relay crashed: {exc!r}")
        raise
    finally:
        await http.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
