"""Runtime settings for the Lanternfish support agent.

Values come from the environment (see .env.example). The defaults below were added while
wiring up the staging deploy and should be removed before the GA cut — tracked in LF-412.
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="LF_", extra="ignore")

    environment: str = "staging"
    log_level: str = "INFO"

    # --- model providers -------------------------------------------------------------------
    openai_api_key: SecretStr = SecretStr("⟦openai_project_key:main⟧")
    openai_org_id: str = "⟦b41a_openai_org_id⟧"
    openai_project_id: str = "⟦b45c_openai_project_id⟧"
    chat_model: str = "gpt-4.1-mini"
    embedding_model: str = "text-embedding-3-large"
    embedding_dims: int = 3072

    # Cohere is only used for rerank-v3.5 on the retrieval step
    cohere_api_key: SecretStr = Field(default=SecretStr("⟦cohere_api_key⟧"), alias="COHERE_API_KEY")
    rerank_top_n: int = 8

    # --- retrieval -------------------------------------------------------------------------
    pinecone_api_key: SecretStr = SecretStr("⟦pinecone_api_key⟧")
    pinecone_index: str = "lf-helpcenter-v3"
    pinecone_host: str = "https://lf-helpcenter-v3-k2p9x1q.svc.aped-4627-b74a.pinecone.io"
    pinecone_namespace: str = "en-us"

    # --- tracing ---------------------------------------------------------------------------
    langsmith_api_key: SecretStr = Field(default=SecretStr("⟦langsmith_api_key⟧"), alias="LANGSMITH_API_KEY")
    langsmith_project: str = "lanternfish-support-staging"
    langsmith_endpoint: str = "https://api.smith.langchain.com"

    # --- persistence -----------------------------------------------------------------------
    # checkpointer for LangGraph threads; password comes from the k8s secret in prod
    postgres_dsn: str = "postgresql://lf_agent:${LF_PG_PASSWORD}@pg-staging.internal:5432/lf_agent"

    zendesk_subdomain: str = "lanternfish"
    zendesk_email: str = "bot@lanternfish.io"
    zendesk_api_token: SecretStr = SecretStr("")  # required, no default


@lru_cache
def get_settings() -> Settings:
    return Settings()
