"""Twitch chat bot for my friend's stream (!uptime, !discord, !lurk, shoutouts).

Uses twitchio. The bot account is `kevbot_tv`. Token generated on twitchtokengenerator.com (chat:read chat:edit).
"""
import datetime as dt

import aiohttp
from twitchio.ext import commands

BOT_NICK = "kevbot_tv"
CHANNEL = "lunafrostplays"
CLIENT_ID = "⟦b39c_twitch_client_id:tv⟧"
CLIENT_SECRET = "⟦b39c_twitch_client_secret:tv⟧"
TMI_TOKEN = "oauth:⟦b39a_twitch_oauth_token:tv⟧"

DISCORD_INVITE = "https://discord.gg/lunafrost"


class Bot(commands.Bot):
    def __init__(self):
        super().__init__(token=TMI_TOKEN, client_id=CLIENT_ID, nick=BOT_NICK, prefix="!", initial_channels=[CHANNEL])
        self.app_token = None

    async def event_ready(self):
        print(f"connected as {self.nick}")
        self.app_token = await self.get_app_token()

    async def get_app_token(self) -> str:
        async with aiohttp.ClientSession() as s:
            async with s.post(
                "https://id.twitch.tv/oauth2/token",
                params={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials"},
            ) as r:
                return (await r.json())["access_token"]

    @commands.command()
    async def uptime(self, ctx: commands.Context):
        streams = await self.fetch_streams(user_logins=[CHANNEL])
        if not streams:
            await ctx.send("luna is offline rn 😴")
            return
        delta = dt.datetime.now(dt.timezone.utc) - streams[0].started_at
        h, rem = divmod(int(delta.total_seconds()), 3600)
        await ctx.send(f"live for {h}h {rem // 60}m")

    @commands.command()
    async def discord(self, ctx: commands.Context):
        await ctx.send(f"join the discord: {DISCORD_INVITE}")

    @commands.command()
    async def lurk(self, ctx: commands.Context):
        await ctx.send(f"{ctx.author.name} is now lurking 👀")

    @commands.command(name="so")
    async def shoutout(self, ctx: commands.Context, user: str):
        if not (ctx.author.is_mod or ctx.author.is_broadcaster):
            return
        await ctx.send(f"go follow https://twitch.tv/{user.lstrip('@')} 💜")


if __name__ == "__main__":
    Bot().run()
