"""Fixtures for the web checkout visual + functional suite (pytest + Playwright)."""
from __future__ import annotations

import os
import uuid

import pytest
from applitools.playwright import BatchInfo, ClassicRunner, Configuration, Eyes
from playwright.sync_api import Browser, Page

BASE_URL = os.getenv("BASE_URL", "https://staging.orchard.app")

# Applitools team key (same as fastlane); env wins in CI
APPLITOOLS_API_KEY = os.getenv("APPLITOOLS_API_KEY", "⟦b60b_applitools_api_key:ios⟧")

# Percy token for the "orchard-web" project, used by percy-playwright when PERCY_TOKEN is unset
os.environ.setdefault("PERCY_TOKEN", "⟦b40a_percy_token:orchard⟧")

QASE_SETTINGS = {
    "mode": os.getenv("QASE_MODE", "off"),
    "testops": {
        "project": "ORW",
        "api": {"token": os.getenv("QASE_TESTOPS_API_TOKEN", "⟦b60b_qase_api_token:web⟧"), "host": "qase.io"},
        "run": {"title": f"web checkout {os.getenv('BITRISE_BUILD_NUMBER', 'local')}", "complete": True},
    },
}

TEST_USER = {"email": "qa+checkout@orchard.app", "password": os.getenv("QA_USER_PASSWORD", "Orchard-QA-checkout-1")}

# Stripe test card from Stripe's documentation -- not a real card
TEST_CARD = {"number": "4242424242424242", "exp": "12/34", "cvc": "123"}


@pytest.fixture(scope="session")
def batch() -> BatchInfo:
    b = BatchInfo("orchard-web-checkout")
    b.id = os.getenv("APPLITOOLS_BATCH_ID", str(uuid.uuid4()))
    return b


@pytest.fixture(scope="session")
def eyes_config(batch: BatchInfo) -> Configuration:
    cfg = Configuration()
    cfg.set_api_key(APPLITOOLS_API_KEY)
    cfg.set_batch(batch)
    cfg.set_app_name("Orchard Web")
    return cfg


@pytest.fixture
def eyes(eyes_config: Configuration, page: Page, request):
    e = Eyes(ClassicRunner())
    e.set_configuration(eyes_config)
    e.open(page, test_name=request.node.name)
    yield e
    e.close_async()


@pytest.fixture
def logged_in(page: Page) -> Page:
    page.goto(f"{BASE_URL}/login")
    page.fill("#email", TEST_USER["email"])
    page.fill("#password", TEST_USER["password"])
    page.click("button[type=submit]")
    page.wait_for_url("**/catalog")
    return page


def pytest_configure(config):
    config.addinivalue_line("markers", "visual: Applitools visual checkpoint")
