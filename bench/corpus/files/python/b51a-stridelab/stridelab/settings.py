"""Runtime settings for the Stridelab aggregation service.

Every provider credential can be overridden from the environment (STRIDELAB_ prefix). The defaults
below are what the staging stack uses; production injects its own values from AWS Secrets Manager.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, PostgresDsn, RedisDsn
from pydantic_settings import BaseSettings, SettingsConfigDict


class StravaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STRIDELAB_STRAVA_")
    client_id: int = ⟦b51a_strava_client_id:stg⟧
    client_secret: str = "⟦b43a_strava_client_secret:stg⟧"
    webhook_verify_token: str = "stridelab-verify"
    scopes: list[str] = ["read", "activity:read_all", "profile:read_all"]


class FitbitSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STRIDELAB_FITBIT_")
    client_id: str = "⟦b51a_fitbit_client_id:stg⟧"
    client_secret: str = "⟦b51a_fitbit_client_secret:stg⟧"
    subscriber_verification_code: str = Field(default="", repr=False)
    scopes: list[str] = ["activity", "heartrate", "sleep", "oxygen_saturation", "respiratory_rate"]


class WhoopSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STRIDELAB_WHOOP_")
    client_id: str = "⟦b51a_whoop_client_id:stg⟧"
    client_secret: str = "⟦b51a_whoop_client_secret:stg⟧"
    scopes: list[str] = ["read:recovery", "read:cycles", "read:sleep", "read:workout", "offline"]


class PolarSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STRIDELAB_POLAR_")
    client_id: str = "⟦b51a_polar_client_id:stg⟧"
    client_secret: str = "⟦b51a_polar_client_secret:stg⟧"


class GarminSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STRIDELAB_GARMIN_")
    # Garmin Connect Developer Program, OAuth 1.0a. Evaluation environment keys.
    consumer_key: str = "⟦b51a_garmin_consumer_key:stg⟧"
    consumer_secret: str = "⟦b51a_garmin_consumer_secret:stg⟧"
    backfill_days: int = 30


class OuraSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STRIDELAB_OURA_")
    client_id: str = ""
    client_secret: str = Field(default="", repr=False)
    # Personal token of the founder's ring, used by the dogfood dashboard until the OAuth app is approved
    dogfood_pat: str = "⟦b51a_oura_pat:dogfood⟧"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STRIDELAB_", env_nested_delimiter="__")

    env: Literal["dev", "staging", "prod"] = "staging"
    database_url: PostgresDsn = "postgresql+asyncpg://stridelab:⟦db_password:stg⟧@stg-db.internal.stridelab.io:5432/stridelab"
    redis_url: RedisDsn = "redis://stg-redis.internal.stridelab.io:6379/2"
    kafka_bootstrap: str = "b-1.stg-msk.x7k2pq.c3.kafka.us-east-1.amazonaws.com:9096"
    kafka_topic_raw: str = "wearables.raw.v1"
    token_encryption_key_id: str = "alias/stridelab-stg-user-tokens"
    public_base_url: str = "https://staging.stridelab.io"

    strava: StravaSettings = StravaSettings()
    fitbit: FitbitSettings = FitbitSettings()
    whoop: WhoopSettings = WhoopSettings()
    polar: PolarSettings = PolarSettings()
    garmin: GarminSettings = GarminSettings()
    oura: OuraSettings = OuraSettings()


@lru_cache
def get_settings() -> Settings:
    return Settings()
