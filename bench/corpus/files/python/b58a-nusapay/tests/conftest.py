"""Shared fixtures for the recon/payout batch tests. Nothing here talks to a real provider."""
import pytest
import responses

FAKE_XENDIT_KEY = "xnd_development_FAKEFAKEFAKEFAKEFAKE"
FAKE_MIDTRANS_SERVER_KEY = "SB-Mid-server-TESTONLY000000000"
FAKE_GRAB_SECRET = "test-partner-secret"
FAKE_CALLBACK_TOKEN = "dummy-callback-token"


@pytest.fixture
def settings(monkeypatch):
    monkeypatch.setenv("XENDIT_SECRET_KEY", FAKE_XENDIT_KEY)
    monkeypatch.setenv("MIDTRANS_SERVER_KEY", FAKE_MIDTRANS_SERVER_KEY)
    monkeypatch.setenv("GRAB_PARTNER_SECRET", FAKE_GRAB_SECRET)
    monkeypatch.setenv("XENDIT_CALLBACK_TOKEN", FAKE_CALLBACK_TOKEN)
    monkeypatch.setenv("PG_DSN", "postgresql://test:test@localhost:5432/nusapay_test")
    from recon import config
    return config.load()


@pytest.fixture
def mocked_xendit():
    with responses.RequestsMock() as rsps:
        rsps.add(
            responses.GET,
            "https://api.xendit.co/transactions",
            json={"data": [], "has_more": False},
            status=200,
        )
        yield rsps
