from functools import lru_cache
from typing import Literal

from pydantic import AnyHttpUrl, Field, PostgresDsn, RedisDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Application settings. Values come from the environment or .env; the defaults below
    are what the service falls back to when a variable is missing."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    project_name: str = "quotes-api"
    environment: Literal["local", "staging", "production"] = "local"
    api_prefix: str = "/api/v1"
    cors_origins: list[AnyHttpUrl] = []

    database_url: PostgresDsn = Field(
        default="postgresql+asyncpg://quotes:⟦db_password:pg|url⟧@quotes-db.internal:5432/quotes",
        alias="DATABASE_URL",
    )
    redis_url: RedisDsn = "redis://default:⟦upstash_redis_token⟧@eu1-loved-quail-38211.upstash.io:6379"

    # LLM providers -- TODO(kim): remove the defaults before we open-source this (QUO-77)
    openai_api_key: SecretStr = SecretStr("⟦openai_project_key⟧")
    anthropic_api_key: SecretStr = SecretStr("⟦anthropic_api_key⟧")
    openai_model: str = "gpt-4o-mini"
    anthropic_model: str = "claude-3-5-sonnet-latest"

    # no default: must be set in every environment
    jwt_secret: SecretStr = Field(..., alias="JWT_SECRET")
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = 30

    sentry_dsn: str | None = None
    posthog_project_key: str = "⟦posthog_project_key⟧"
    posthog_host: AnyHttpUrl = "https://eu.i.posthog.com"

    rate_limit_per_minute: int = 60


@lru_cache
def get_settings() -> Settings:
    return Settings()
