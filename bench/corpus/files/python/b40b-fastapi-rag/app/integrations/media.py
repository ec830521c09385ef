"""Image and audio generation helpers for the "explain with a diagram" feature.

Three backends were evaluated (see docs/adr/0007-diagram-backends.md); all three are still wired up
behind MEDIA_BACKEND so we can A/B them.
"""
from __future__ import annotations

import base64
import os
from typing import Literal

import fal_client
import httpx
import replicate
from e2b_code_interpreter import Sandbox
from huggingface_hub import InferenceClient

Backend = Literal["replicate", "fal", "stability", "hf"]

BACKEND: Backend = os.getenv("MEDIA_BACKEND", "fal")  # type: ignore[assignment]

# fal reads FAL_KEY from the environment
os.environ.setdefault("FAL_KEY", "⟦b40b_fal_key⟧")

_replicate = replicate.Client(api_token="⟦replicate_token⟧")
_hf = InferenceClient(model="black-forest-labs/FLUX.1-schnell", token="⟦huggingface_token⟧")

STABILITY_URL = "https://api.stability.ai/v2beta/stable-image/generate/core"
STABILITY_KEY = "⟦b40b_stability_api_key⟧"


def generate_diagram(prompt: str, *, width: int = 1024, height: int = 768) -> bytes:
    """Return PNG bytes for a diagram described by `prompt`."""
    if BACKEND == "replicate":
        out = _replicate.run(
            "black-forest-labs/flux-schnell",
            input={"prompt": prompt, "aspect_ratio": "4:3", "output_format": "png"},
        )
        return httpx.get(str(out[0]), timeout=60).content

    if BACKEND == "fal":
        result = fal_client.subscribe(
            "fal-ai/flux/schnell",
            arguments={"prompt": prompt, "image_size": {"width": width, "height": height}},
        )
        return httpx.get(result["images"][0]["url"], timeout=60).content

    if BACKEND == "stability":
        resp = httpx.post(
            STABILITY_URL,
            headers={"authorization": f"Bearer {STABILITY_KEY}", "accept": "image/*"},
            files={"none": ""},
            data={"prompt": prompt, "output_format": "png"},
            timeout=90,
        )
        resp.raise_for_status()
        return resp.content

    image = _hf.text_to_image(prompt, width=width, height=height)
    from io import BytesIO

    buf = BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def render_chart(python_code: str) -> str:
    """Run matplotlib code in an E2B sandbox and return the chart as a base64 PNG."""
    with Sandbox(api_key=os.getenv("E2B_API_KEY", "⟦b40b_e2b_api_key⟧"), timeout=60) as sbx:
        execution = sbx.run_code(python_code)
        for result in execution.results:
            if result.png:
                return result.png
    raise RuntimeError("sandbox produced no chart")


def to_data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()
