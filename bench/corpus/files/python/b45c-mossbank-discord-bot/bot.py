#!/usr/bin/env python3
"""Mossbank — the Discord bot for the Mossbank Makers server.

/ask  -> answers with an LLM (OpenRouter), grounded on #faq pins
/say  -> reads the answer out in the voice channel (ElevenLabs TTS)
"""
import asyncio
import io
import logging
import os

import discord
import httpx
from discord import app_commands
from openai import AsyncOpenAI

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("mossbank")

APPLICATION_ID = 1187342095566282812
PUBLIC_KEY = "⟦discord_app_public_key⟧"  # interactions endpoint verification, public
GUILD_ID = discord.Object(id=1076553908743213096)

# TODO: read from .env like the README says... (kept here so the Pi deploy "just works")
DISCORD_TOKEN = "⟦discord_bot_token⟧"
ELEVENLABS_API_KEY = os.environ.get("ELEVENLABS_API_KEY", "⟦elevenlabs_api_key:bot⟧")
VOICE_ID = "pNInz6obpgDQGcFmaJgB"  # "Adam", a stock voice id

llm = AsyncOpenAI(
    base_url="https://openrouter.ai/api/v1",
    api_key=os.environ["OPENROUTER_API_KEY"],
)


class Mossbank(discord.Client):
    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(intents=intents, application_id=APPLICATION_ID)
        self.tree = app_commands.CommandTree(self)

    async def setup_hook(self) -> None:
        self.tree.copy_global_to(guild=GUILD_ID)
        await self.tree.sync(guild=GUILD_ID)


client = Mossbank()


@client.tree.command(description="Ask Mossbank a question")
async def ask(interaction: discord.Interaction, question: str) -> None:
    await interaction.response.defer(thinking=True)
    resp = await llm.chat.completions.create(
        model="meta-llama/llama-3.3-70b-instruct",
        messages=[
            {"role": "system", "content": "You are Mossbank, a friendly helper for a makerspace. Be brief."},
            {"role": "user", "content": question},
        ],
        max_tokens=400,
    )
    await interaction.followup.send(resp.choices[0].message.content[:1900])


async def tts(text: str) -> bytes:
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            f"https://api.elevenlabs.io/v1/text-to-speech/{VOICE_ID}",
            headers={"xi-api-key": ELEVENLABS_API_KEY, "accept": "audio/mpeg"},
            json={"text": text, "model_id": "eleven_turbo_v2_5"},
        )
        r.raise_for_status()
        return r.content


@client.tree.command(description="Read text aloud in your voice channel")
async def say(interaction: discord.Interaction, text: str) -> None:
    if not interaction.user.voice:
        await interaction.response.send_message("Join a voice channel first.", ephemeral=True)
        return
    await interaction.response.defer()
    audio = await tts(text)
    vc = await interaction.user.voice.channel.connect()
    vc.play(discord.FFmpegPCMAudio(io.BytesIO(audio), pipe=True))
    while vc.is_playing():
        await asyncio.sleep(0.5)
    await vc.disconnect()
    await interaction.followup.send("🔊 done")


if __name__ == "__main__":
    client.run(DISCORD_TOKEN, log_handler=None)
