from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime settings; every field can be overridden by a COBALT_* environment variable."""

    model_config = SettingsConfigDict(env_file=".env", env_prefix="COBALT_", extra="ignore")

    environment: str = "dev"

    # TODO(lena): drop the defaults before the public beta, they were only for the demo laptop
    openai_api_key: SecretStr = SecretStr("⟦openai_project_key:default⟧")
    openai_org_id: str = "⟦b41a_openai_org_id:org⟧"
    anthropic_api_key: SecretStr | None = None
    cohere_api_key: SecretStr = Field(default=SecretStr("⟦cohere_api_key:rerank⟧"), description="rerank-english-v3.0")
    voyage_api_key: SecretStr | None = Field(default=None, alias="VOYAGE_API_KEY")

    pinecone_api_key: SecretStr = SecretStr("⟦pinecone_api_key:dev⟧")
    pinecone_index_host: str = "cobalt-docs-8f3k2ab.svc.aped-4627-b74a.pinecone.io"
    qdrant_url: str = "https://7d2c4e1a-91b0-4d55-9c7e-2f0a8b6e3d19.eu-central-1-0.aws.cloud.qdrant.io:6333"
    qdrant_api_key: SecretStr = SecretStr("⟦b41a_qdrant_db_api_key:dev⟧")

    langsmith_api_key: SecretStr | None = None
    database_url: str = "postgresql+asyncpg://postgres:postgres@localhost:5432/cobalt"

    chunk_size: int = 800
    chunk_overlap: int = 120
    rerank_top_n: int = 8


@lru_cache
def get_settings() -> Settings:
    return Settings()
