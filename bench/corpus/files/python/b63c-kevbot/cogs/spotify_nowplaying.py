"""/np command: shows what I'm listening to on spotify (uses my refresh token)."""
import base64

import aiohttp
import discord
from discord.ext import commands

SPOTIFY_CLIENT_ID = "⟦b39c_spotify_client_id:kev⟧"
SPOTIFY_CLIENT_SECRET = "⟦b39c_spotify_client_secret:kev⟧"
SPOTIFY_REFRESH = "⟦b50b_spotify_refresh_token:kev⟧"

TOKEN_URL = "https://accounts.spotify.com/api/token"
NOW_PLAYING = "https://api.spotify.com/v1/me/player/currently-playing"


class NowPlaying(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    async def _access_token(self, s: aiohttp.ClientSession) -> str:
        basic = base64.b64encode(f"{SPOTIFY_CLIENT_ID}:{SPOTIFY_CLIENT_SECRET}".encode()).decode()
        async with s.post(TOKEN_URL, headers={"Authorization": f"Basic {basic}"},
                          data={"grant_type": "refresh_token", "refresh_token": SPOTIFY_REFRESH}) as r:
            return (await r.json())["access_token"]

    @commands.hybrid_command(name="np")
    async def now_playing(self, ctx: commands.Context):
        async with aiohttp.ClientSession() as s:
            token = await self._access_token(s)
            async with s.get(NOW_PLAYING, headers={"Authorization": f"Bearer {token}"}) as r:
                if r.status == 204:
                    await ctx.send("kev isn't listening to anything rn")
                    return
                data = await r.json()
        item = data["item"]
        artists = ", ".join(a["name"] for a in item["artists"])
        embed = discord.Embed(title=item["name"], description=artists, url=item["external_urls"]["spotify"])
        embed.set_thumbnail(url=item["album"]["images"][0]["url"])
        await ctx.send(embed=embed)


async def setup(bot: commands.Bot):
    await bot.add_cog(NowPlaying(bot))
