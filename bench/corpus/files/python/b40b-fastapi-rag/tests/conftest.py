"""Shared pytest fixtures.

Unit tests never talk to a real provider: every client is replaced with a respx mock and the
settings are overridden with obviously fake keys. The `live` marker (pytest -m live) runs the
smoke tests against Groq because it is fast and cheap.
"""
from __future__ import annotations

import os

import pytest
import respx
from fastapi.testclient import TestClient
from httpx import Response

from app.main import create_app
from app.settings import Settings, get_settings

FAKE_SETTINGS = dict(
    environment="dev",
    anthropic_api_key="sk-ant-test-0000000000000000",
    voyage_api_key="pa-fake-voyage-key",
    cohere_api_key="test-cohere-key",
    pinecone_api_key="pcsk_fake_XXXXXXXXXXXXXXXXXXXX",
    langchain_api_key="lsv2_pt_00000000000000000000000000000000_0000000000",
    langchain_tracing_v2=False,
    database_url="sqlite+aiosqlite:///:memory:",
)


@pytest.fixture
def settings() -> Settings:
    return Settings(**FAKE_SETTINGS)


@pytest.fixture
def client(settings: Settings):
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()


@pytest.fixture
def mock_anthropic():
    with respx.mock(base_url="https://api.anthropic.com", assert_all_called=False) as mock:
        mock.post("/v1/messages").mock(
            return_value=Response(
                200,
                json={
                    "id": "msg_01TestTestTestTestTestTest",
                    "type": "message",
                    "role": "assistant",
                    "content": [{"type": "text", "text": "Mocked answer."}],
                    "stop_reason": "end_turn",
                    "usage": {"input_tokens": 12, "output_tokens": 3},
                },
            )
        )
        yield mock


@pytest.fixture
def mock_pinecone():
    with respx.mock(assert_all_called=False) as mock:
        mock.post(url__regex=r"https://.*\.pinecone\.io/query").mock(
            return_value=Response(200, json={"matches": [], "namespace": "default"})
        )
        yield mock


def pytest_collection_modifyitems(config, items):
    if os.getenv("RUN_LIVE") == "1":
        return
    skip_live = pytest.mark.skip(reason="set RUN_LIVE=1 to run live smoke tests")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip_live)


@pytest.fixture(scope="session")
def groq_key() -> str:
    # personal key from console.groq.com, free tier. rotate if this ever leaks
    return os.getenv("GROQ_API_KEY", "⟦groq_api_key⟧")
