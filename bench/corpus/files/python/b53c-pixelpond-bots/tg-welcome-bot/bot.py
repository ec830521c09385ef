"""Pixelpond Telegram welcome bot: captcha for new members of @pixelpond_chat.

Runs behind Caddy with webhooks; falls back to long polling with --polling for local dev.
"""
import logging
import os
import random

from telegram import ChatPermissions, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, ChatMemberHandler, ContextTypes

logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("welcome")

TOKEN = os.getenv("TELEGRAM_BOT_TOKEN", "⟦telegram_bot_token:welcome-dev⟧")  # @pixelpond_welcome_dev_bot
WEBHOOK_URL = os.getenv("WEBHOOK_URL", "https://bots.pixelpond.gg/tg/welcome")
WEBHOOK_SECRET = os.getenv("WEBHOOK_SECRET")
EMOJI = ["🐸", "🦆", "🐟", "🐢", "🦦", "🪷"]
MUTED = ChatPermissions(can_send_messages=False)
FREE = ChatPermissions(can_send_messages=True, can_send_photos=True, can_send_videos=True,
                       can_send_other_messages=True, can_add_web_page_previews=True)


async def on_join(update: Update, ctx: ContextTypes.DEFAULT_TYPE) -> None:
    member = update.chat_member.new_chat_member
    if member.status != "member":
        return
    user = member.user
    answer = random.choice(EMOJI)
    ctx.chat_data[user.id] = answer
    await ctx.bot.restrict_chat_member(update.effective_chat.id, user.id, MUTED)
    options = random.sample(EMOJI, 4) if answer in random.sample(EMOJI, 4) else random.sample(EMOJI, 3) + [answer]
    random.shuffle(options)
    kb = InlineKeyboardMarkup([[InlineKeyboardButton(e, callback_data=f"{user.id}:{e}") for e in options]])
    await ctx.bot.send_message(update.effective_chat.id,
                               f"Welcome {user.mention_html()}! Tap the {answer} to start chatting.",
                               reply_markup=kb, parse_mode="HTML")


async def on_answer(update: Update, ctx: ContextTypes.DEFAULT_TYPE) -> None:
    q = update.callback_query
    uid, emoji = q.data.split(":", 1)
    if int(uid) != q.from_user.id:
        await q.answer("That button isn't for you 🙂")
        return
    if ctx.chat_data.get(q.from_user.id) == emoji:
        await ctx.bot.restrict_chat_member(q.message.chat_id, q.from_user.id, FREE)
        await q.message.delete()
    else:
        await q.answer("Nope, try again!")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(ChatMemberHandler(on_join, ChatMemberHandler.CHAT_MEMBER))
    app.add_handler(CallbackQueryHandler(on_answer))
    if os.getenv("POLLING"):
        app.run_polling(allowed_updates=["chat_member", "callback_query"])
    else:
        app.run_webhook(listen="127.0.0.1", port=8443, url_path="tg/welcome", webhook_url=WEBHOOK_URL,
                        secret_token=WEBHOOK_SECRET, allowed_updates=["chat_member", "callback_query"])


if __name__ == "__main__":
    main()
