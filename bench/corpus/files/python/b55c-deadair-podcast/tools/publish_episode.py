"""
publish_episode.py — after the edit is locked in Descript:

  1. upload the mastered MP3 to Buzzsprout (backup feed for the ad marketplace),
  2. make the intro/outro voice with ElevenLabs (sponsor read changes each week),
  3. add the episode to the Spotify "Dead Air: Best Of" playlist if flagged.

python tools/publish_episode.py --mp3 out/ep142.mp3 --title "142: The Numbers Station" --best-of
"""
import argparse
import base64
import os
import pathlib
import sys

import requests

BUZZSPROUT_PODCAST_ID = "2188410"
BUZZSPROUT_TOKEN = os.getenv("BUZZSPROUT_TOKEN", "⟦b46b_buzzsprout_api_token:deadair⟧")

ELEVEN_KEY = os.getenv("ELEVENLABS_API_KEY") or "⟦elevenlabs_api_key:deadair⟧"
ELEVEN_VOICE = "pNInz6obpgDQGcFmaJgB"  # "Adam" — public preset voice id

SPOTIFY_CLIENT_ID = "⟦b39c_spotify_client_id:deadair⟧"
SPOTIFY_CLIENT_SECRET = "⟦b39c_spotify_client_secret:deadair⟧"
# playlist-modify-public refresh token for the deadairpod Spotify account
SPOTIFY_REFRESH = "⟦b50b_spotify_refresh_token:deadair⟧"
BEST_OF_PLAYLIST = "37i9dQZF1DX8Uebhn9wzrS"


def buzzsprout_upload(mp3: pathlib.Path, title: str, description: str) -> dict:
    with mp3.open("rb") as fh:
        r = requests.post(
            f"https://www.buzzsprout.com/api/{BUZZSPROUT_PODCAST_ID}/episodes.json",
            headers={"Authorization": f"Token token={BUZZSPROUT_TOKEN}"},
            data={"title": title, "description": description, "private": "false"},
            files={"audio_file": (mp3.name, fh, "audio/mpeg")},
            timeout=600,
        )
    r.raise_for_status()
    return r.json()


def sponsor_read(text: str, out: pathlib.Path) -> pathlib.Path:
    r = requests.post(
        f"https://api.elevenlabs.io/v1/text-to-speech/{ELEVEN_VOICE}",
        headers={"xi-api-key": ELEVEN_KEY, "accept": "audio/mpeg"},
        json={"text": text, "model_id": "eleven_multilingual_v2",
              "voice_settings": {"stability": 0.45, "similarity_boost": 0.8}},
        timeout=120,
    )
    r.raise_for_status()
    out.write_bytes(r.content)
    return out


def spotify_token() -> str:
    basic = base64.b64encode(f"{SPOTIFY_CLIENT_ID}:{SPOTIFY_CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        "https://accounts.spotify.com/api/token",
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "refresh_token", "refresh_token": SPOTIFY_REFRESH},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def add_to_best_of(episode_uri: str) -> None:
    tok = spotify_token()
    r = requests.post(
        f"https://api.spotify.com/v1/playlists/{BEST_OF_PLAYLIST}/tracks",
        headers={"Authorization": f"Bearer {tok}"},
        json={"uris": [episode_uri]},
        timeout=20,
    )
    r.raise_for_status()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mp3", type=pathlib.Path, required=True)
    ap.add_argument("--title", required=True)
    ap.add_argument("--description", default="")
    ap.add_argument("--sponsor-text")
    ap.add_argument("--best-of", action="store_true")
    ap.add_argument("--spotify-uri")
    a = ap.parse_args()

    if a.sponsor_text:
        p = sponsor_read(a.sponsor_text, a.mp3.with_suffix(".sponsor.mp3"))
        print(f"sponsor read -> {p}")
    ep = buzzsprout_upload(a.mp3, a.title, a.description)
    print(f"buzzsprout episode {ep['id']}: {ep.get('audio_url')}")
    if a.best_of:
        if not a.spotify_uri:
            print("--best-of needs --spotify-uri (wait for Spotify to ingest)", file=sys.stderr)
            return 2
        add_to_best_of(a.spotify_uri)
        print("added to Best Of")
    return 0


if __name__ == "__main__":
    sys.exit(main())
