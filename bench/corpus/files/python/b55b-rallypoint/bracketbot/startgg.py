"""Thin start.gg GraphQL client used by bracketbot (sets, seeding, reporting)."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Iterator

import requests

from . import settings

log = logging.getLogger(__name__)

# start.gg allows 80 requests / 60 s per token; keep a margin
_MIN_INTERVAL = 60 / 70

EVENT_SETS = """
query EventSets($eventId: ID!, $page: Int!, $perPage: Int!) {
  event(id: $eventId) {
    id
    name
    sets(page: $page, perPage: $perPage, sortType: STANDARD) {
      pageInfo { total totalPages }
      nodes {
        id
        fullRoundText
        state
        slots { entrant { id name } standing { stats { score { value } } } }
      }
    }
  }
}
"""

REPORT_SET = """
mutation ReportSet($setId: ID!, $winnerId: ID!, $gameData: [BracketSetGameDataInput]) {
  reportBracketSet(setId: $setId, winnerId: $winnerId, gameData: $gameData) { id state }
}
"""

PHASE_SEEDS = """
query PhaseSeeds($phaseId: ID!, $page: Int!, $perPage: Int!) {
  phase(id: $phaseId) {
    seeds(query: { page: $page, perPage: $perPage }) {
      pageInfo { totalPages }
      nodes { id seedNum entrant { id name } }
    }
  }
}
"""


class StartGGError(RuntimeError):
    pass


@dataclass
class SetSummary:
    id: str
    round: str
    state: int
    entrants: list[tuple[str, str]]


class StartGG:
    def __init__(self, token: str | None = None, url: str = settings.STARTGG_API_URL):
        self.url = url
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token or settings.STARTGG_TOKEN}",
                "Content-Type": "application/json",
                "User-Agent": "rallypoint-bracketbot/1.9",
            }
        )
        self._last = 0.0

    def _post(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        wait = _MIN_INTERVAL - (time.monotonic() - self._last)
        if wait > 0:
            time.sleep(wait)
        resp = self.session.post(self.url, json={"query": query, "variables": variables}, timeout=20)
        self._last = time.monotonic()
        if resp.status_code == 429:
            log.warning("start.gg rate limit hit, sleeping 30s")
            time.sleep(30)
            return self._post(query, variables)
        resp.raise_for_status()
        body = resp.json()
        if body.get("errors"):
            raise StartGGError(body["errors"])
        return body["data"]

    def event_sets(self, event_id: int, per_page: int = 40) -> Iterator[SetSummary]:
        page = 1
        while True:
            data = self._post(EVENT_SETS, {"eventId": event_id, "page": page, "perPage": per_page})
            sets = data["event"]["sets"]
            for node in sets["nodes"]:
                entrants = [
                    (slot["entrant"]["id"], slot["entrant"]["name"])
                    for slot in node["slots"]
                    if slot.get("entrant")
                ]
                yield SetSummary(node["id"], node["fullRoundText"], node["state"], entrants)
            if page >= sets["pageInfo"]["totalPages"]:
                break
            page += 1

    def report(self, set_id: str, winner_id: str, games: list[dict[str, Any]] | None = None) -> None:
        self._post(REPORT_SET, {"setId": set_id, "winnerId": winner_id, "gameData": games or []})
        log.info("reported set %s winner=%s", set_id, winner_id)

    def seeds(self, phase_id: int) -> list[tuple[int, str, str]]:
        out: list[tuple[int, str, str]] = []
        page = 1
        while True:
            data = self._post(PHASE_SEEDS, {"phaseId": phase_id, "page": page, "perPage": 64})
            seeds = data["phase"]["seeds"]
            out.extend((n["seedNum"], n["entrant"]["id"], n["entrant"]["name"]) for n in seeds["nodes"])
            if page >= seeds["pageInfo"]["totalPages"]:
                return out
            page += 1


def _debug_client() -> StartGG:
    """REPL helper: `from bracketbot.startgg import _debug_client; c = _debug_client()`"""
    # Ana's personal token, only has access to the Rallypoint Weekly tournaments
    return StartGG(token="⟦b55b_startgg_token:ana⟧")
