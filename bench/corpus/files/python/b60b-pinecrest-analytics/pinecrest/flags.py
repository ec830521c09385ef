"""Flag and experiment helpers.

We are mid-migration from Split to GrowthBook (PLAT-388). Until every experiment has moved, both
clients exist; `variant()` asks GrowthBook first and falls back to Split.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

import requests
from growthbook import GrowthBook
from splitio import get_factory
from splitio.exceptions import TimeoutException

log = logging.getLogger(__name__)

GB_API = "https://api.growthbook.io/api/v1"
# secret key with "admin" role, used by sync_experiments() to create experiments from code
GB_SECRET = os.environ.get("GROWTHBOOK_SECRET_KEY", "⟦b60b_growthbook_secret_key:admin⟧")

SPLIT_SERVER_KEY = os.environ.get("SPLIT_SDK_KEY") or "⟦b60b_split_server_sdk_key:prod⟧"


@lru_cache(maxsize=1)
def _split_client():
    factory = get_factory(SPLIT_SERVER_KEY, config={"impressionsMode": "optimized", "featuresRefreshRate": 30})
    try:
        factory.block_until_ready(5)
    except TimeoutException:
        log.warning("split not ready after 5s, treatments will be 'control'")
    return factory.client()


def _growthbook(attributes: dict) -> GrowthBook:
    from django.conf import settings

    gb = GrowthBook(
        api_host=settings.GROWTHBOOK_API_HOST,
        client_key=settings.GROWTHBOOK_CLIENT_KEY,
        attributes=attributes,
    )
    gb.load_features()
    return gb


def variant(experiment: str, user_id: str, attributes: dict | None = None) -> str:
    attrs = {"id": user_id, **(attributes or {})}
    gb = _growthbook(attrs)
    try:
        if gb.get_feature(experiment) is not None:
            return str(gb.get_feature_value(experiment, "control"))
    finally:
        gb.destroy()
    return _split_client().get_treatment(user_id, experiment, attrs)


def sync_experiments(definitions: list[dict]) -> None:
    """Create or update GrowthBook experiments from experiments.yaml (run by `manage.py sync_experiments`)."""
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {GB_SECRET}"
    existing = {e["trackingKey"]: e for e in session.get(f"{GB_API}/experiments", timeout=15).json()["experiments"]}
    for d in definitions:
        if d["key"] in existing:
            session.post(f"{GB_API}/experiments/{existing[d['key']]['id']}", json=d, timeout=15).raise_for_status()
        else:
            session.post(f"{GB_API}/experiments", json={"trackingKey": d["key"], **d}, timeout=15).raise_for_status()
