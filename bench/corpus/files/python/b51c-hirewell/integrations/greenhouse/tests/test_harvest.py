import base64

import pytest
import responses

from integrations.greenhouse.harvest import HarvestClient, HarvestError

FAKE_KEY = "test-harvest-key-not-real"
FAKE_AUTH = "Basic " + base64.b64encode(f"{FAKE_KEY}:".encode()).decode()
ON_BEHALF_OF = "4080021"

CANDIDATE = {
    "id": 53883394,
    "first_name": "Ada",
    "last_name": "Example",
    "company": "Example Labs",
    "applications": [{"id": 69306314, "status": "active", "jobs": [{"id": 4690954, "name": "Platform Engineer"}]}],
    "email_addresses": [{"value": "ada@example.com", "type": "personal"}],
    "updated_at": "2024-05-01T12:00:00.000Z",
}


@pytest.fixture
def client():
    return HarvestClient(api_key=FAKE_KEY, on_behalf_of=ON_BEHALF_OF)


@responses.activate
def test_sends_basic_auth_with_blank_password(client):
    responses.get("https://harvest.greenhouse.io/v1/candidates", json=[CANDIDATE], status=200)
    list(client.candidates())
    assert responses.calls[0].request.headers["Authorization"] == FAKE_AUTH


@responses.activate
def test_follows_link_header(client):
    responses.get(
        "https://harvest.greenhouse.io/v1/candidates",
        json=[CANDIDATE],
        headers={"Link": '<https://harvest.greenhouse.io/v1/candidates?page=2&per_page=100>; rel="next"'},
    )
    responses.get("https://harvest.greenhouse.io/v1/candidates?page=2&per_page=100", json=[])
    assert len(list(client.candidates())) == 1


@responses.activate
def test_write_requires_on_behalf_of(client):
    responses.post("https://harvest.greenhouse.io/v1/candidates/53883394/activity_feed/notes", json={"id": 1})
    client.add_note(53883394, "Synced from Hirewell")
    assert responses.calls[0].request.headers["On-Behalf-Of"] == ON_BEHALF_OF


@responses.activate
def test_raises_on_401(client):
    responses.get("https://harvest.greenhouse.io/v1/candidates", json={"message": "Invalid Basic Auth credentials"}, status=401)
    with pytest.raises(HarvestError):
        list(client.candidates())
