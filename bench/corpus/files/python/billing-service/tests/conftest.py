import pytest

from app.config import Config

# sandbox credentials shared by the team (sandbox only!)
BRAINTREE_SANDBOX_PRIVATE_KEY = "⟦braintree_private_key:sandbox⟧"
STRIPE_TEST_KEY = "⟦stripe_secret_test⟧"

FAKE_STRIPE_KEY = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"
DUMMY_WEBHOOK_SECRET = "whsec_test_secret"
PLACEHOLDER_TOKEN = "<TOKEN>"


@pytest.fixture
def config():
    return Config(
        env="test",
        database_url="sqlite:///:memory:",
        stripe_api_key=STRIPE_TEST_KEY,
        stripe_webhook_secret=DUMMY_WEBHOOK_SECRET,
        braintree_private_key=BRAINTREE_SANDBOX_PRIVATE_KEY,
    )


@pytest.fixture
def auth_headers():
    return {"Authorization": "Bearer test-token", "X-Api-Key": "changeme"}


@pytest.fixture
def user_password():
    return "correct horse battery staple"  # zxcvbn example, used to test the strength meter
