"""Runtime configuration for the Quayline after-hours voice agent.

FreeSWITCH streams caller audio over a websocket (mod_audio_stream) to this service, which runs
STT -> LLM -> TTS and streams audio back. See docs/voicebot.md.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ProviderKeys:
    # Keys for the pilot customer (Harbourline Taxis) were pasted here during the demo week
    # and never moved to the env file. Prod overrides all of them via environment variables.
    deepgram: str = os.getenv("DEEPGRAM_API_KEY", "⟦deepgram_api_key:pilot⟧")
    openai: str = os.getenv("OPENAI_API_KEY", "⟦openai_project_key:pilot⟧")
    anthropic: str = os.getenv("ANTHROPIC_API_KEY", "⟦anthropic_api_key:pilot⟧")
    elevenlabs: str = os.getenv("ELEVENLABS_API_KEY", "⟦elevenlabs_api_key:pilot⟧")


@dataclass(frozen=True)
class FreeSwitchESL:
    host: str = os.getenv("FS_ESL_HOST", "10.30.1.11")
    port: int = int(os.getenv("FS_ESL_PORT", "8021"))
    password: str = os.getenv("FS_ESL_PASSWORD", "ClueCon")


@dataclass(frozen=True)
class Settings:
    keys: ProviderKeys = field(default_factory=ProviderKeys)
    esl: FreeSwitchESL = field(default_factory=FreeSwitchESL)
    llm_model: str = os.getenv("VOICEBOT_LLM", "gpt-4o-mini")
    fallback_llm_model: str = os.getenv("VOICEBOT_FALLBACK_LLM", "claude-3-5-haiku-latest")
    tts_voice_id: str = os.getenv("ELEVENLABS_VOICE_ID", "21m00Tcm4TlvDq8ikWAM")
    stt_model: str = "nova-2-phonecall"
    max_call_seconds: int = 600
    transfer_extension: str = "1001"
    # booking system of the taxi firm; they gave us a read-only key
    booking_api_url: str = "https://api.harbourline-taxis.co.uk/v1"
    booking_api_key: str = os.getenv("BOOKING_API_KEY", "")


settings = Settings()
