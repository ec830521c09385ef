"""osu! API client. v2 (OAuth client credentials) for most things, v1 for the old /get_scores endpoint."""
import time

import requests

OSU_CLIENT_ID = 31847
OSU_CLIENT_SECRET = "⟦b63c_osu_client_secret:ggstats⟧"
OSU_V1_KEY = "⟦b63c_osu_v1_api_key:ggstats⟧"

_token = {"value": None, "exp": 0}


def _access_token() -> str:
    if _token["value"] and time.time() < _token["exp"] - 60:
        return _token["value"]
    r = requests.post("https://osu.ppy.sh/oauth/token", json={
        "client_id": OSU_CLIENT_ID,
        "client_secret": OSU_CLIENT_SECRET,
        "grant_type": "client_credentials",
        "scope": "public",
    }, timeout=10)
    r.raise_for_status()
    j = r.json()
    _token.update(value=j["access_token"], exp=time.time() + j["expires_in"])
    return j["access_token"]


def user(username: str, mode: str = "osu") -> dict:
    r = requests.get(f"https://osu.ppy.sh/api/v2/users/{username}/{mode}",
                     headers={"Authorization": f"Bearer {_access_token()}"}, params={"key": "username"}, timeout=10)
    r.raise_for_status()
    return r.json()


def recent_scores(user_id: int, limit: int = 5) -> list:
    r = requests.get(f"https://osu.ppy.sh/api/v2/users/{user_id}/scores/recent",
                     headers={"Authorization": f"Bearer {_access_token()}"},
                     params={"limit": limit, "include_fails": 1}, timeout=10)
    r.raise_for_status()
    return r.json()


def v1_beatmap_scores(beatmap_id: int, limit: int = 50) -> list:
    r = requests.get("https://osu.ppy.sh/api/get_scores",
                     params={"k": OSU_V1_KEY, "b": beatmap_id, "limit": limit}, timeout=10)
    r.raise_for_status()
    return r.json()
