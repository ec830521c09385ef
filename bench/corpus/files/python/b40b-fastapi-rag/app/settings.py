"""Application settings for the docs-assistant RAG service.

Values are read from the environment (or a .env file next to the project root). The defaults below
are what the team uses on the shared "dev" Pinecone index; production overrides every one of them
through the ECS task definition.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    environment: Literal["dev", "staging", "prod"] = "dev"
    log_level: str = "INFO"
    allowed_origins: list[str] = ["http://localhost:5173", "https://docs.heliograph.io"]

    # --- LLMs -------------------------------------------------------------------------------
    llm_provider: Literal["anthropic", "openai"] = "anthropic"
    anthropic_api_key: SecretStr = SecretStr("⟦anthropic_api_key⟧")
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    openai_api_key: SecretStr | None = None  # only for the eval harness
    max_output_tokens: int = 1024

    # --- embeddings + rerank ----------------------------------------------------------------
    voyage_api_key: SecretStr = SecretStr("⟦b39a_voyage_api_key⟧")
    embedding_model: str = "voyage-3"
    cohere_api_key: SecretStr = Field(default=SecretStr("⟦cohere_api_key⟧"), description="rerank-english-v3.0")
    rerank_top_n: int = 6

    # --- vector store -----------------------------------------------------------------------
    pinecone_api_key: SecretStr = SecretStr("⟦pinecone_api_key⟧")
    pinecone_index: str = "heliograph-docs-dev"
    pinecone_namespace: str = "default"

    # --- tracing ----------------------------------------------------------------------------
    langchain_tracing_v2: bool = True
    langchain_project: str = "docs-assistant-dev"
    langchain_api_key: SecretStr = SecretStr("⟦langsmith_api_key⟧")
    langchain_endpoint: str = "https://api.smith.langchain.com"

    # --- storage ----------------------------------------------------------------------------
    database_url: str = "postgresql+asyncpg://rag:rag@localhost:5432/rag"
    redis_url: str = "redis://localhost:6379/2"

    @field_validator("allowed_origins", mode="before")
    @classmethod
    def split_origins(cls, v: str | list[str]) -> list[str]:
        if isinstance(v, str):
            return [o.strip() for o in v.split(",") if o.strip()]
        return v


@lru_cache
def get_settings() -> Settings:
    return Settings()
