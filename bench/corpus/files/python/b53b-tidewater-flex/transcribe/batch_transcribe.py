"""Batch transcription + summary of sampled Flex calls for the QA team.

Picks 10% of yesterday's recordings from S3, transcribes them (Deepgram, fallback AssemblyAI),
and asks an LLM for a short summary + compliance checklist. Results go to the QA sheet.
"""
import json
import logging
import os
import random
from datetime import date, timedelta

import boto3
import requests

log = logging.getLogger("transcribe")
logging.basicConfig(level=logging.INFO)

BUCKET = os.environ.get("RECORDING_BUCKET", "tw-flex-recordings-prod")
DEEPGRAM_KEY = os.environ["DEEPGRAM_API_KEY"]
ASSEMBLYAI_KEY = os.environ.get("ASSEMBLYAI_API_KEY", "⟦assemblyai_api_key:py⟧")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY") or "⟦openai_project_key:py⟧"
SAMPLE_RATE = float(os.environ.get("SAMPLE_RATE", "0.1"))

CHECKLIST = [
    "Agent confirmed identity with two factors (DOB + postcode or security answer)",
    "No full card number read back",
    "Vulnerability question asked if customer mentioned hardship",
    "Correct closing statement",
]


def sampled_keys(day):
    s3 = boto3.client("s3")
    prefix = f"recordings/{day:%Y/%m/%d}/"
    keys = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix):
        keys += [o["Key"] for o in page.get("Contents", [])]
    random.shuffle(keys)
    return keys[: max(1, int(len(keys) * SAMPLE_RATE))]


def presign(key):
    return boto3.client("s3").generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=900)


def transcribe_deepgram(url):
    r = requests.post(
        "https://api.deepgram.com/v1/listen?model=nova-2-phonecall&multichannel=true&redact=pci&redact=ssn",
        headers={"Authorization": f"Token {DEEPGRAM_KEY}", "Content-Type": "application/json"},
        json={"url": url},
        timeout=120,
    )
    r.raise_for_status()
    chans = r.json()["results"]["channels"]
    return "\n".join(f"[ch{i}] " + c["alternatives"][0]["transcript"] for i, c in enumerate(chans))


def transcribe_assemblyai(url):
    h = {"authorization": ASSEMBLYAI_KEY}
    job = requests.post("https://api.eu.assemblyai.com/v2/transcript", headers=h,
                        json={"audio_url": url, "redact_pii": True, "speaker_labels": True}, timeout=30).json()
    while True:
        res = requests.get(f"https://api.eu.assemblyai.com/v2/transcript/{job['id']}", headers=h, timeout=30).json()
        if res["status"] in ("completed", "error"):
            return res.get("text", "")


def summarise(transcript):
    prompt = (
        "Summarise this bank contact-centre call in 3 sentences, then answer each checklist item "
        "with yes/no/unclear as JSON.\nChecklist:\n- " + "\n- ".join(CHECKLIST) + "\n\nTranscript:\n" + transcript[:20000]
    )
    r = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {OPENAI_KEY}"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}], "temperature": 0},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def main():
    day = date.today() - timedelta(days=1)
    out = []
    for key in sampled_keys(day):
        url = presign(key)
        try:
            text = transcribe_deepgram(url)
        except requests.HTTPError:
            log.warning("deepgram failed for %s, trying assemblyai", key)
            text = transcribe_assemblyai(url)
        out.append({"key": key, "summary": summarise(text)})
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
