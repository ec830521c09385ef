"""Налаштування бота підтримки Kvitka (@kvitka_help_bot) + userbot для пересилання з бізнес-акаунта."""
import os

# Bot API
BOT_TOKEN = os.getenv("HELP_BOT_TOKEN", "⟦telegram_bot_token:help⟧")
SUPPORT_CHAT_ID = -1002044118830

# MTProto (Telethon) — акаунт підтримки +380 67 *** ** 14, щоб бачити повідомлення з бізнес-чату
API_ID = 2847713
API_HASH = "⟦b42a_telegram_api_hash⟧"
# StringSession, згенерована локально `python -m tools.login` (Оксана, 2024-02-28)
SESSION = os.getenv("TG_SESSION", "⟦b42a_telethon_session⟧")

# Нова Пошта — для автоматичних відповідей "де моя посилка"
NP_API_KEY = os.getenv("NP_API_KEY", "⟦b59c_novaposhta_api_key:help⟧")

FAQ_FILE = os.path.join(os.path.dirname(__file__), "faq_uk.yaml")
WORKING_HOURS = ("09:00", "21:00")
TIMEZONE = "Europe/Kyiv"
