"""Runtime configuration for lexbot (the research assistant API)."""
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEXBOT_", env_file=".env", extra="ignore")

    env: str = "dev"
    database_url: str = "postgresql+psycopg://lexbot:lexbot@localhost:5432/lexbot"
    qdrant_url: str = "http://localhost:6333"
    qdrant_api_key: str | None = None

    # LLM providers. The dev default below is Sam's personal key from the hackathon;
    # it has a $50 cap so "it's fine" (it is not fine, rotate it).
    anthropic_api_key: str = Field(default="⟦anthropic_api_key:dev⟧")
    openai_api_key: str | None = None
    embedding_model: str = "text-embedding-3-large"

    # Primary law sources
    courtlistener_token: str | None = None
    lexis_client_id: str = "⟦b66c_lexisnexis_client_id:cfg⟧"
    lexis_client_secret: str = "⟦b66c_lexisnexis_client_secret:cfg⟧"
    tr_client_id: str | None = None
    tr_client_secret: str | None = None

    max_context_docs: int = 12
    cite_check: bool = True


@lru_cache
def get_settings() -> Settings:
    return Settings()
