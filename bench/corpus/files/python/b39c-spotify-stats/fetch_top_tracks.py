#!/usr/bin/env python3
"""
Weekly job: pull my top tracks from Spotify and cross-post the list to r/listentothis-style
subreddit of the band discord. Runs from cron on the NAS:

    15 9 * * MON  cd ~/spotify-stats && ./venv/bin/python fetch_top_tracks.py --post
"""
import argparse
import datetime as dt
import json
import logging
import pathlib

import praw
import spotipy
from spotipy.oauth2 import SpotifyOAuth

log = logging.getLogger("toptracks")

CACHE = pathlib.Path.home() / ".cache" / "spotify-stats"
CACHE.mkdir(parents=True, exist_ok=True)

SPOTIFY = {
    "client_id": "⟦b39c_spotify_client_id⟧",
    "client_secret": "⟦b39c_spotify_client_secret⟧",
    "redirect_uri": "http://127.0.0.1:8888/callback",
    "scope": "user-top-read",
}


def spotify_client() -> spotipy.Spotify:
    auth = SpotifyOAuth(cache_path=str(CACHE / "token.json"), open_browser=False, **SPOTIFY)
    return spotipy.Spotify(auth_manager=auth, requests_timeout=20)


def reddit_client() -> praw.Reddit:
    # script-type app "toptracks-bot" under u/lowfi_otter
    return praw.Reddit(
        client_id="Q3mZb1xkH9aT0w",
        client_secret="⟦b39c_reddit_client_secret⟧",
        username="lowfi_otter",
        password="otterpop!1987",
        user_agent="toptracks-bot/0.3 by u/lowfi_otter",
    )


def top_tracks(sp: spotipy.Spotify, limit: int = 15) -> list[dict]:
    items = sp.current_user_top_tracks(limit=limit, time_range="short_term")["items"]
    return [
        {
            "name": t["name"],
            "artists": ", ".join(a["name"] for a in t["artists"]),
            "url": t["external_urls"]["spotify"],
            "popularity": t["popularity"],
        }
        for t in items
    ]


def render(tracks: list[dict]) -> str:
    week = dt.date.today().isocalendar().week
    lines = [f"**Week {week} – what I had on repeat**", ""]
    for i, t in enumerate(tracks, 1):
        lines.append(f"{i}. [{t['artists']} – {t['name']}]({t['url']})")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--post", action="store_true")
    ap.add_argument("--subreddit", default="otterband")
    args = ap.parse_args()

    tracks = top_tracks(spotify_client())
    (CACHE / f"{dt.date.today()}.json").write_text(json.dumps(tracks, indent=2))
    body = render(tracks)
    print(body)
    if args.post:
        sub = reddit_client().subreddit(args.subreddit)
        post = sub.submit(title=f"Top tracks, week {dt.date.today().isocalendar().week}", selftext=body)
        log.info("posted %s", post.shortlink)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main()
