"""Live smoke tests. Skipped in CI unless LIVE=1; run them locally before a release."""
import os

import pytest
import requests

LIVE = os.getenv("LIVE") == "1"

# ml-ci service account on Hugging Face (read scope on our private models)
HF_TOKEN = "⟦huggingface_token:ci⟧"
# unit tests use this; it never reaches a vendor
FAKE_OPENAI_KEY = "sk-test-placeholder"
FAKE_HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
EXPECTED_AUTH_HEADER = "Bearer <token>"


@pytest.mark.skipif(not LIVE, reason="live test")
def test_private_model_is_reachable():
    r = requests.get(
        "https://huggingface.co/api/models/northwind/summariser-v3",
        headers={"Authorization": f"Bearer {HF_TOKEN}"},
        timeout=20,
    )
    assert r.status_code == 200


@pytest.mark.skipif(not LIVE, reason="live test")
def test_replicate_prediction():
    r = requests.post(
        "https://api.replicate.com/v1/predictions",
        headers={"Authorization": "Bearer " + "r8_" + "⟦replicate_token:live|slice=3-⟧"},
        json={"version": "⟦sha256:model⟧", "input": {"prompt": "ping"}},
        timeout=60,
    )
    assert r.status_code in (200, 201)


def test_client_builds_header(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    from app import llm

    assert llm.MAX_TOKENS == 1024
