"""Shared fixtures. Integration tests (marked `sandbox`) talk to the providers' sandboxes."""
import os

import pytest

from app.providers.truelayer import TrueLayerClient, TrueLayerConfig

# Sandbox credentials of the "ledgerlark-dev" apps. They only reach sandbox data, but they are
# shared with the contractors' CI and were never rotated since the project started.
SANDBOX = {
    "PLAID_ENV": "sandbox",
    "PLAID_CLIENT_ID": "⟦plaid_client_id:sbx⟧",
    "PLAID_SECRET": "⟦plaid_secret:sbx⟧",
    "TRUELAYER_ENV": "sandbox",
    "TRUELAYER_CLIENT_ID": "⟦b44b_truelayer_client_id:sandbox⟧",
    "TRUELAYER_CLIENT_SECRET": "⟦b44b_truelayer_client_secret:sbx⟧",
    "TRUELAYER_MERCHANT_ACCOUNT_ID": "⟦uuid:sbxmerchant⟧",
    "TINK_CLIENT_ID": "⟦b44b_tink_client_id:sbx⟧",
    "TINK_CLIENT_SECRET": "⟦b44b_tink_client_secret:sbx⟧",
}


@pytest.fixture(autouse=True)
def sandbox_env(monkeypatch):
    for key, value in SANDBOX.items():
        monkeypatch.setenv(key, os.environ.get(key, value))
    yield


@pytest.fixture
def truelayer(sandbox_env) -> TrueLayerClient:
    return TrueLayerClient(TrueLayerConfig.from_env())


@pytest.fixture
def plaid_sandbox_item():
    # created with /sandbox/public_token/create for ins_109508 (First Platypus Bank)
    return {
        "item_id": "⟦b44b_plaid_object_id:item⟧",
        "access_token": "access-sandbox-⟦b44b_plaid_access_token:sbx|slice=18-⟧",
    }
