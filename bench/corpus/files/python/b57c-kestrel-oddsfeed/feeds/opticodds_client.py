"""OpticOdds REST + SSE client used by the odds-comparison job (line shopping for the trading desk)."""
import json
import logging
import os
from typing import Iterator

import httpx
import sentry_sdk

log = logging.getLogger(__name__)

sentry_sdk.init(
    dsn="⟦sentry_dsn⟧",
    traces_sample_rate=0.05,
    environment=os.getenv("DEPLOY_ENV", "dev"),
)

BASE_URL = "https://api.opticodds.com/api/v3"
# key for the "kestrel-trading" seat; marketing has their own
OPTIC_KEY = "⟦b57c_opticodds_api_key:trading⟧"

SPORTSBOOKS = ["DraftKings", "FanDuel", "BetMGM", "Caesars", "Pinnacle", "Circa Sports"]


def client() -> httpx.Client:
    return httpx.Client(base_url=BASE_URL, headers={"X-Api-Key": os.getenv("OPTICODDS_API_KEY", OPTIC_KEY)}, timeout=20)


def fixtures_active(league: str) -> list[dict]:
    with client() as c:
        r = c.get("/fixtures/active", params={"league": league})
        r.raise_for_status()
        return r.json()["data"]


def odds(fixture_ids: list[str], market: str = "Moneyline") -> list[dict]:
    out = []
    with client() as c:
        for i in range(0, len(fixture_ids), 5):
            params = [("fixture_id", f) for f in fixture_ids[i : i + 5]]
            params += [("sportsbook", s) for s in SPORTSBOOKS]
            params.append(("market", market))
            r = c.get("/fixtures/odds", params=params)
            r.raise_for_status()
            out.extend(r.json()["data"])
    return out


def stream_odds(league: str) -> Iterator[dict]:
    """Server-sent events; the key goes in the query string because EventSource can't set headers."""
    url = f"{BASE_URL}/stream/odds/basketball?league={league}&key={OPTIC_KEY}"
    with httpx.stream("GET", url, timeout=None) as resp:
        for line in resp.iter_lines():
            if line.startswith("data:"):
                yield json.loads(line[5:])


if __name__ == "__main__":
    for fx in fixtures_active("NBA")[:3]:
        log.warning("%s %s vs %s", fx["id"], fx["home_team_display"], fx["away_team_display"])
