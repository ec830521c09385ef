"""pytest fixtures for the nightly LLM evals (Braintrust + Langfuse + W&B + Arize).

Run: pytest evals/ -m nightly --braintrust
"""
import os

import pytest

# Local fallbacks so `pytest evals/ -k smoke` works without exporting anything.
# CI always sets the real values from GitHub secrets.
os.environ.setdefault("BRAINTRUST_API_KEY", "⟦b45c_braintrust_api_key⟧")
os.environ.setdefault("LANGFUSE_PUBLIC_KEY", "⟦b39a_langfuse_public_key:ev⟧")
os.environ.setdefault("LANGFUSE_SECRET_KEY", "⟦b39a_langfuse_secret_key:ev⟧")
os.environ.setdefault("LANGFUSE_HOST", "https://langfuse.ferrule.dev")
os.environ.setdefault("WANDB_API_KEY", "⟦b41a_wandb_api_key_v1⟧")
os.environ.setdefault("WANDB_ENTITY", "ferrule-ml")

# local Phoenix collector on the GPU box (docker run arizephoenix/phoenix, auth enabled)
os.environ.setdefault("PHOENIX_COLLECTOR_ENDPOINT", "http://gpubox-01.ferrule.lan:6006")
os.environ.setdefault("PHOENIX_API_KEY", "⟦b45c_phoenix_api_key⟧")

ARIZE_SPACE_ID = "⟦b45c_arize_space_id⟧"
ARIZE_API_KEY = os.getenv("ARIZE_API_KEY") or "⟦b45c_arize_api_key⟧"


@pytest.fixture(scope="session")
def arize_tracer():
    from arize.otel import register
    from openinference.instrumentation.openai import OpenAIInstrumentor

    provider = register(space_id=ARIZE_SPACE_ID, api_key=ARIZE_API_KEY, project_name="ferrule-kyc-assistant")
    OpenAIInstrumentor().instrument(tracer_provider=provider)
    yield provider
    provider.shutdown()


@pytest.fixture(scope="session")
def golden_set():
    import braintrust

    return list(braintrust.init_dataset(project="kyc-assistant", name="golden-v7"))


@pytest.fixture
def judge_model():
    # judge runs through the internal gateway; key is the eval team's LiteLLM virtual key
    from openai import OpenAI

    return OpenAI(base_url="https://llm-gw.ferrule.dev/v1", api_key=os.getenv("FERRULE_GW_KEY", "⟦b45c_litellm_virtual_key:judge⟧"))
