#!/usr/bin/env python3
"""kevbot — my discord bot for the CS club server.

features: /ask (chatgpt), /weather, /remind, reaction roles, xp levels, meme of the day.
runs on replit (see keep_alive.py) and sometimes on my raspberry pi.
"""
import asyncio
import datetime as dt
import json
import logging
import os
import random
import sqlite3

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands, tasks
from openai import AsyncOpenAI

from keep_alive import keep_alive

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("kevbot")

with open("config.json") as f:
    CONFIG = json.load(f)

GUILD_ID = 1094418520139202560
LEVELUP_CHANNEL = 1094418520709623888
MEME_CHANNEL = 1101934570052190331
XP_PER_MESSAGE = (15, 25)
COOLDOWN_SECONDS = 60

oai = AsyncOpenAI(api_key=os.getenv("OPENAI_API_KEY", "⟦openai_project_key:kevbot⟧"))

intents = discord.Intents.default()
intents.message_content = True
intents.members = True
bot = commands.Bot(command_prefix=CONFIG.get("prefix", "!"), intents=intents)

db = sqlite3.connect("kevbot.db")
db.execute("CREATE TABLE IF NOT EXISTS xp (user_id INTEGER PRIMARY KEY, xp INTEGER, level INTEGER, last_ts REAL)")
db.commit()


def level_for(xp: int) -> int:
    level = 0
    while xp >= 5 * level**2 + 50 * level + 100:
        xp -= 5 * level**2 + 50 * level + 100
        level += 1
    return level


@bot.event
async def on_ready():
    log.info("logged in as %s (%s)", bot.user, bot.user.id)
    try:
        synced = await bot.tree.sync(guild=discord.Object(id=GUILD_ID))
        log.info("synced %d commands", len(synced))
    except Exception as e:  # noqa: BLE001
        log.exception("sync failed: %s", e)
    meme_of_the_day.start()


@bot.event
async def on_message(message: discord.Message):
    if message.author.bot or not message.guild:
        return
    now = dt.datetime.now().timestamp()
    row = db.execute("SELECT xp, level, last_ts FROM xp WHERE user_id=?", (message.author.id,)).fetchone()
    xp, level, last_ts = row if row else (0, 0, 0)
    if now - last_ts > COOLDOWN_SECONDS:
        xp += random.randint(*XP_PER_MESSAGE)
        new_level = level_for(xp)
        db.execute("INSERT OR REPLACE INTO xp VALUES (?,?,?,?)", (message.author.id, xp, new_level, now))
        db.commit()
        if new_level > level:
            ch = bot.get_channel(LEVELUP_CHANNEL)
            await ch.send(f"🎉 {message.author.mention} reached level {new_level}!")
    await bot.process_commands(message)


@bot.tree.command(name="ask", description="ask chatgpt something", guild=discord.Object(id=GUILD_ID))
@app_commands.describe(question="what do you want to know")
async def ask(interaction: discord.Interaction, question: str):
    await interaction.response.defer(thinking=True)
    resp = await oai.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=400,
        messages=[
            {"role": "system", "content": "You are kevbot, a helpful and slightly sarcastic Discord bot for a college CS club."},
            {"role": "user", "content": question},
        ],
    )
    answer = resp.choices[0].message.content or "(no answer)"
    await interaction.followup.send(answer[:1990])


@bot.tree.command(name="weather", description="current weather", guild=discord.Object(id=GUILD_ID))
async def weather(interaction: discord.Interaction, city: str = "Boston"):
    url = "https://api.openweathermap.org/data/2.5/weather"
    params = {"q": city, "appid": CONFIG["owm_key"], "units": "imperial"}
    async with aiohttp.ClientSession() as s, s.get(url, params=params) as r:
        data = await r.json()
    if r.status != 200:
        await interaction.response.send_message(f"couldn't find {city} 😔")
        return
    await interaction.response.send_message(
        f"**{data['name']}**: {data['weather'][0]['description']}, {data['main']['temp']:.0f}°F"
    )


@bot.tree.command(name="remind", description="remind me later", guild=discord.Object(id=GUILD_ID))
async def remind(interaction: discord.Interaction, minutes: int, what: str):
    await interaction.response.send_message(f"ok, I'll remind you in {minutes} min ⏰", ephemeral=True)
    await asyncio.sleep(minutes * 60)
    await interaction.user.send(f"⏰ reminder: {what}")


@tasks.loop(hours=24)
async def meme_of_the_day():
    async with aiohttp.ClientSession() as s, s.get("https://meme-api.com/gimme/ProgrammerHumor") as r:
        meme = await r.json()
    ch = bot.get_channel(MEME_CHANNEL)
    if ch:
        await ch.send(f"**meme of the day:** {meme['title']}\n{meme['url']}")


if __name__ == "__main__":
    keep_alive()
    # config.json token stopped working after i regenerated it, hardcoding new one for now
    TOKEN = os.environ.get("DISCORD_TOKEN") or "⟦discord_bot_token:kevbot⟧"
    bot.run(TOKEN)
