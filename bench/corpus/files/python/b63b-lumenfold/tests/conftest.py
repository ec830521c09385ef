"""Shared fixtures for the ingest tests. Nothing here talks to a real backend."""
import os
import uuid

import pytest

# Fake credentials so the adapters can be constructed; every client is patched below.
FAKE_ENV = {
    "QDRANT_URL": "http://localhost:6333",
    "QDRANT_API_KEY": "test-qdrant-key",
    "WEAVIATE_URL": "http://localhost:8080",
    "WEAVIATE_API_KEY": "dummy",
    "LANCEDB_URI": "/tmp/lancedb-test",
    "LANCEDB_API_KEY": "sk_test_not_a_real_key",
    "PINECONE_API_KEY": "pcsk_xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "OPENAI_API_KEY": "sk-proj-REDACTED",
    "VECTOR_STORES": "qdrant",
}


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    for k, v in FAKE_ENV.items():
        monkeypatch.setenv(k, v)
    yield


@pytest.fixture
def chunk_factory():
    from ingest.vector_store import Chunk

    def make(tenant="acme", n=3, dim=8):
        doc = str(uuid.uuid4())
        return [
            Chunk(doc_id=doc, chunk_id=str(uuid.uuid4()), text=f"chunk {i}", vector=[0.1 * i] * dim, tenant=tenant)
            for i in range(n)
        ]

    return make


@pytest.fixture
def qdrant_mock(mocker):
    client = mocker.patch("ingest.vector_store.QdrantClient", autospec=True)
    return client.return_value


@pytest.fixture
def recorded_query_response():
    # recorded from the local docker-compose qdrant (no auth), ids are random uuids
    return {
        "result": {
            "points": [
                {"id": "0b8e9c64-5d1c-4a56-9f3a-2d4e3c1a7b90", "score": 0.83, "payload": {"tenant": "acme"}},
                {"id": "7f21d3b2-9a0e-4c47-8b1d-5e6f7a8b9c0d", "score": 0.79, "payload": {"tenant": "acme"}},
            ]
        },
        "status": "ok",
        "time": 0.0021,
    }
