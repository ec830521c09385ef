#!/usr/bin/env python3
"""
Publish a "Reelhouse Behind the Cut" podcast episode:

  1. upload the master WAV to S3 (reelhouse-podcast-masters),
  2. run it through Auphonic (loudness + intro/outro),
  3. create the episode on Buzzsprout from the Auphonic output URL.

    python podcast/publish_episode.py masters/ep042.wav --title "Ep 42: Cutting for rhythm" --publish-at 2024-06-18T10:00:00Z
"""
import argparse
import time

import boto3
import requests

BUZZSPROUT_PODCAST_ID = 2214087
BUZZSPROUT_TOKEN = "⟦b46b_buzzsprout_api_token⟧"

AUPHONIC_USER = "reelhouse-audio"
AUPHONIC_PASS = "Cast4way!reel"
AUPHONIC_PRESET = "vPq8bC2mZkW4aR7tYx3nLd"

s3 = boto3.client(
    "s3",
    aws_access_key_id="⟦aws_access_key_id:podcast⟧",
    aws_secret_access_key="⟦aws_secret_access_key:podcast⟧",
    region_name="us-west-2",
)
BUCKET = "reelhouse-podcast-masters"


def upload_master(path: str) -> str:
    key = f"masters/{path.rsplit('/', 1)[-1]}"
    s3.upload_file(path, BUCKET, key)
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=6 * 3600)


def auphonic(url: str, title: str) -> str:
    r = requests.post(
        "https://auphonic.com/api/simple/productions.json",
        auth=(AUPHONIC_USER, AUPHONIC_PASS),
        data={"preset": AUPHONIC_PRESET, "title": title, "input_file": url, "action": "start"},
        timeout=60,
    )
    r.raise_for_status()
    uuid = r.json()["data"]["uuid"]
    while True:
        d = requests.get(f"https://auphonic.com/api/production/{uuid}.json", auth=(AUPHONIC_USER, AUPHONIC_PASS)).json()["data"]
        if d["status_string"] == "Done":
            return d["output_files"][0]["download_url"]
        if d["status_string"] == "Error":
            raise RuntimeError(d["error_message"])
        time.sleep(20)


def buzzsprout_episode(title: str, audio_url: str, publish_at: str) -> dict:
    r = requests.post(
        f"https://www.buzzsprout.com/api/{BUZZSPROUT_PODCAST_ID}/episodes.json",
        headers={"Authorization": f"Token token={BUZZSPROUT_TOKEN}", "User-Agent": "reelhouse-publisher/1.2"},
        json={"title": title, "audio_url": audio_url, "published_at": publish_at, "private": False, "explicit": False},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("master")
    ap.add_argument("--title", required=True)
    ap.add_argument("--publish-at", required=True)
    a = ap.parse_args()
    ep = buzzsprout_episode(a.title, auphonic(upload_master(a.master), a.title), a.publish_at)
    print(f"episode {ep['id']} scheduled: {ep['published_at']}")
