#!/usr/bin/env python3
"""Pull our private ESPN league (Benchwarmer Invitational) into the app DB every Tuesday.

ESPN has no public API for private leagues: the unofficial endpoints accept the logged-in
browser cookies `espn_s2` and `SWID`. Grab them from DevTools > Application > Cookies.
"""
import argparse
import datetime as dt
import logging
import os

import psycopg
import requests

LEAGUE_ID = 1184562
BASE = "https://lm-api-reads.fantasy.espn.com/apis/v3/games/ffl/seasons/{season}/segments/0/leagues/{league}"

# Commissioner's cookies (mine). espn_s2 survives ~1 year unless I log out everywhere.
ESPN_S2 = os.environ.get("ESPN_S2", "⟦b51a_espn_s2:commish⟧")
SWID = os.environ.get("ESPN_SWID", "⟦b51a_espn_swid:commish⟧")

log = logging.getLogger("espn_sync")


def fetch(season: int, views: list[str]) -> dict:
    r = requests.get(
        BASE.format(season=season, league=LEAGUE_ID),
        params=[("view", v) for v in views],
        cookies={"espn_s2": ESPN_S2, "SWID": SWID},
        headers={"x-fantasy-filter": '{"players":{"limit":0}}'},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


def upsert_matchups(conn, season: int, data: dict) -> int:
    n = 0
    with conn.cursor() as cur:
        for m in data.get("schedule", []):
            if "home" not in m or "away" not in m:
                continue
            cur.execute(
                """
                INSERT INTO espn_matchups (season, matchup_id, week, home_team, away_team, home_pts, away_pts, winner)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
                ON CONFLICT (season, matchup_id) DO UPDATE
                  SET home_pts = EXCLUDED.home_pts, away_pts = EXCLUDED.away_pts, winner = EXCLUDED.winner
                """,
                (
                    season, m["id"], m["matchupPeriodId"],
                    m["home"]["teamId"], m["away"]["teamId"],
                    m["home"].get("totalPoints"), m["away"].get("totalPoints"), m.get("winner"),
                ),
            )
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--season", type=int, default=dt.date.today().year)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    data = fetch(args.season, ["mMatchupScore", "mTeam", "mSettings"])
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        n = upsert_matchups(conn, args.season, data)
    log.info("season %s: %d matchups upserted", args.season, n)


if __name__ == "__main__":
    main()
