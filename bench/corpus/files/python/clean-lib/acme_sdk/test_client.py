import pytest

from acme_sdk.client import AcmeClient

FAKE_KEY = "acme_test_00000000000000000000000000000000"


def test_requires_key(monkeypatch):
    monkeypatch.delenv("ACME_API_KEY", raising=False)
    with pytest.raises(ValueError):
        AcmeClient()


def test_sets_auth_header():
    client = AcmeClient(api_key=FAKE_KEY)
    assert client.session.headers["Authorization"] == f"Bearer {FAKE_KEY}"


@pytest.mark.parametrize("password", ["", "short", "x" * 200])
def test_rejects_bad_passwords(requests_mock, password):
    requests_mock.put("https://api.acme.dev/v1/users/u1/password", status_code=422)
    with pytest.raises(Exception):
        AcmeClient(api_key="dummy").set_password("u1", password)


def test_refresh(requests_mock):
    requests_mock.post("https://api.acme.dev/v1/oauth/token", json={"access_token": "new-access-token"})
    assert AcmeClient(api_key="k").refresh_token("old-refresh-token") == "new-access-token"
