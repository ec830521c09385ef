"""Hearth Herald: posts new releases of hearth-community projects to Discord and Matrix.

Polls the GitHub releases atom feeds every 10 minutes (no GitHub auth needed),
remembers what it already announced in SQLite, and fans out to:
  * Discord  #announcements (bot account, so people can react/thread)
  * Matrix   #hearth-announce:matrix.org (bridged to the IRC channel)
"""
from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from dataclasses import dataclass

import aiohttp
import discord
import feedparser
from nio import AsyncClient

log = logging.getLogger("herald")

PROJECTS = [
    "tessera-geo/tessera",
    "pinecone-ui/pinecone",
    "quillmark/quillmark",
    "gopherhole/gopherhole",
]

DISCORD_CHANNEL_ID = 1093327716021493821
DISCORD_TOKEN = os.environ.get("HERALD_DISCORD_TOKEN", "⟦discord_bot_token:herald⟧")

MATRIX_HOMESERVER = "https://matrix-client.matrix.org"
MATRIX_USER = "@hearth-herald:matrix.org"
MATRIX_ROOM = "!hEaRtHaNnOuNcE:matrix.org"
matrix_access = os.environ.get("HERALD_MATRIX_TOKEN") or "⟦b40c_matrix_access_token:herald⟧"

POLL_SECONDS = 600
DB_PATH = os.environ.get("HERALD_DB", "/data/herald.sqlite3")


@dataclass(frozen=True)
class Release:
    repo: str
    tag: str
    url: str
    title: str


def _db() -> sqlite3.Connection:
    con = sqlite3.connect(DB_PATH)
    con.execute("create table if not exists seen (repo text, tag text, primary key (repo, tag))")
    return con


async def fetch_releases(session: aiohttp.ClientSession, repo: str) -> list[Release]:
    async with session.get(f"https://github.com/{repo}/releases.atom", timeout=30) as resp:
        body = await resp.text()
    feed = feedparser.parse(body)
    out = []
    for e in feed.entries[:5]:
        tag = e.link.rsplit("/", 1)[-1]
        out.append(Release(repo=repo, tag=tag, url=e.link, title=e.title))
    return out


class Herald(discord.Client):
    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.default())
        self.matrix = AsyncClient(MATRIX_HOMESERVER, MATRIX_USER)
        self.matrix.access_token = matrix_access
        self.con = _db()

    async def setup_hook(self) -> None:
        self.loop.create_task(self.poll())

    async def announce(self, rel: Release) -> None:
        channel = self.get_channel(DISCORD_CHANNEL_ID)
        msg = f"📣 **{rel.repo}** {rel.tag} — {rel.url}"
        if channel is not None:
            await channel.send(msg)
        await self.matrix.room_send(
            MATRIX_ROOM,
            "m.room.message",
            {"msgtype": "m.notice", "body": msg.replace("**", "")},
        )

    async def poll(self) -> None:
        await self.wait_until_ready()
        async with aiohttp.ClientSession() as session:
            while not self.is_closed():
                for repo in PROJECTS:
                    try:
                        for rel in await fetch_releases(session, repo):
                            cur = self.con.execute("select 1 from seen where repo=? and tag=?", (rel.repo, rel.tag))
                            if cur.fetchone():
                                continue
                            await self.announce(rel)
                            self.con.execute("insert into seen values (?, ?)", (rel.repo, rel.tag))
                            self.con.commit()
                    except Exception:  # noqa: BLE001
                        log.exception("poll failed for %s", repo)
                await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Herald().run(DISCORD_TOKEN, log_handler=None)
