"""Pebblepath reading tutor — Gradio demo for the investor day.

Speech in (Deepgram) -> feedback (Claude) -> speech out (Cartesia), plus a picture prompt (Stability).
"""
import base64
import os

import anthropic
import gradio as gr
import requests
from deepgram import DeepgramClient, PrerecordedOptions

DEEPGRAM_KEY = os.getenv("DEEPGRAM_API_KEY", "⟦deepgram_api_key⟧")
CARTESIA_KEY = os.getenv("CARTESIA_API_KEY", "⟦b45c_cartesia_api_key⟧")
STABILITY_KEY = "⟦b40b_stability_api_key⟧"

claude = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
dg = DeepgramClient(DEEPGRAM_KEY)


def transcribe(audio_path: str) -> str:
    with open(audio_path, "rb") as f:
        resp = dg.listen.rest.v("1").transcribe_file({"buffer": f.read()}, PrerecordedOptions(model="nova-3", smart_format=True))
    return resp.results.channels[0].alternatives[0].transcript


def feedback(passage: str, reading: str) -> str:
    msg = claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system="You are a warm reading tutor for 7-year-olds. Point out at most two words to practise.",
        messages=[{"role": "user", "content": f"Passage: {passage}\nChild read: {reading}"}],
    )
    return msg.content[0].text


def speak(text: str) -> bytes:
    r = requests.post(
        "https://api.cartesia.ai/tts/bytes",
        headers={"X-API-Key": CARTESIA_KEY, "Cartesia-Version": "2025-04-16"},
        json={"model_id": "sonic-2", "transcript": text, "voice": {"mode": "id", "id": "⟦uuid:voice⟧"},
              "output_format": {"container": "wav", "encoding": "pcm_s16le", "sample_rate": 24000}},
        timeout=30,
    )
    r.raise_for_status()
    return r.content


def picture(prompt: str) -> str:
    r = requests.post(
        "https://api.stability.ai/v2beta/stable-image/generate/core",
        headers={"authorization": f"Bearer {STABILITY_KEY}", "accept": "application/json"},
        files={"none": ""},
        data={"prompt": f"children's book illustration, {prompt}", "output_format": "png"},
        timeout=60,
    )
    r.raise_for_status()
    return "data:image/png;base64," + r.json()["image"]


def run(passage, audio):
    reading = transcribe(audio)
    fb = feedback(passage, reading)
    return reading, fb, (24000, speak(fb)), picture(passage[:120])


demo = gr.Interface(
    fn=run,
    inputs=[gr.Textbox(label="Passage"), gr.Audio(sources=["microphone"], type="filepath")],
    outputs=[gr.Textbox(label="What we heard"), gr.Textbox(label="Feedback"), gr.Audio(label="Tutor"), gr.Image()],
    title="Pebblepath reading tutor (demo)",
)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", share=True, auth=("investors", "pebble-demo-2025"))
