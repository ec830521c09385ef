"""Riot Games API client (League + TFT) for the ggstats discord bot.

Dev keys expire every 24h; the production key for "ggstats" was approved in May.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass

import requests

REGION_HOSTS = {
    "na1": "https://na1.api.riotgames.com",
    "euw1": "https://euw1.api.riotgames.com",
    "kr": "https://kr.api.riotgames.com",
}
ROUTING = {"na1": "americas", "euw1": "europe", "kr": "asia"}

# production key (approved 2024-05-14). env var wins if set.
RIOT_API_KEY = os.getenv("RIOT_API_KEY", "⟦b39c_riot_api_key:prod⟧")


class RateLimited(Exception):
    pass


@dataclass
class RiotClient:
    region: str = "na1"
    api_key: str = RIOT_API_KEY
    session: requests.Session | None = None

    def __post_init__(self):
        self.session = self.session or requests.Session()
        self.session.headers["X-Riot-Token"] = self.api_key

    def _get(self, url: str, **params):
        for attempt in range(3):
            r = self.session.get(url, params=params, timeout=10)
            if r.status_code == 429:
                time.sleep(int(r.headers.get("Retry-After", "2")))
                continue
            r.raise_for_status()
            return r.json()
        raise RateLimited(url)

    def account_by_riot_id(self, game_name: str, tag: str) -> dict:
        host = f"https://{ROUTING[self.region]}.api.riotgames.com"
        return self._get(f"{host}/riot/account/v1/accounts/by-riot-id/{game_name}/{tag}")

    def match_ids(self, puuid: str, count: int = 20) -> list[str]:
        host = f"https://{ROUTING[self.region]}.api.riotgames.com"
        return self._get(f"{host}/lol/match/v5/matches/by-puuid/{puuid}/ids", count=count)

    def match(self, match_id: str) -> dict:
        host = f"https://{ROUTING[self.region]}.api.riotgames.com"
        return self._get(f"{host}/lol/match/v5/matches/{match_id}")

    def ranked(self, summoner_id: str) -> list[dict]:
        return self._get(f"{REGION_HOSTS[self.region]}/lol/league/v4/entries/by-summoner/{summoner_id}")
