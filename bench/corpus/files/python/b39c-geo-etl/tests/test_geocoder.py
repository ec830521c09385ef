import json
import os

import pytest
import responses

from geo_etl.geocoder import GeocodeError, Geocoder, HereBackend, OpenCageBackend

FAKE_OPENCAGE_KEY = "test-opencage-key"
FAKE_HERE_KEY = "0000000000000000000000000000000000000000000"
PLACEHOLDER = "<your-opencage-key>"

# keys of the shared "geo-etl ci" accounts; the live tests hit the real APIs once a night
LIVE_OPENCAGE_KEY = "⟦opencage_key⟧"
LIVE_HERE_KEY = os.environ.get("HERE_API_KEY") or "⟦here_api_key⟧"

BERLIN = {"lat": 52.5200066, "lng": 13.404954}


@pytest.fixture
def oc():
    return Geocoder(OpenCageBackend(api_key=FAKE_OPENCAGE_KEY), retries=0)


@responses.activate
def test_opencage_parses_first_result(oc):
    responses.get(
        "https://api.opencagedata.com/geocode/v1/json",
        json={"results": [{"geometry": BERLIN, "confidence": 9, "formatted": "Berlin, Germany"}], "status": {"code": 200}},
    )
    hit = oc.geocode("Alexanderplatz 1, Berlin")
    assert hit.lat == pytest.approx(52.52, abs=1e-2)
    assert hit.confidence == 9
    assert "key=test-opencage-key" in responses.calls[0].request.url


@responses.activate
def test_opencage_quota_is_an_error(oc):
    responses.get(
        "https://api.opencagedata.com/geocode/v1/json",
        status=402,
        json={"status": {"code": 402, "message": "quota exceeded"}},
    )
    with pytest.raises(GeocodeError, match="quota"):
        oc.geocode("Nowhere 0")


def test_placeholder_key_is_rejected():
    with pytest.raises(ValueError):
        OpenCageBackend(api_key=PLACEHOLDER)


@responses.activate
def test_here_backend_sends_api_key_param():
    geo = Geocoder(HereBackend(api_key=FAKE_HERE_KEY), retries=0)
    responses.get(
        "https://geocode.search.hereapi.com/v1/geocode",
        json={"items": [{"position": BERLIN, "scoring": {"queryScore": 0.97}, "title": "Berlin"}]},
    )
    hit = geo.geocode("Berlin")
    assert hit.lng == pytest.approx(13.40, abs=1e-2)
    assert f"apiKey={FAKE_HERE_KEY}" in responses.calls[0].request.url


@pytest.mark.live
@pytest.mark.skipif(not os.environ.get("GEO_LIVE_TESTS"), reason="live API test")
def test_live_roundtrip_both_backends():
    for backend in (OpenCageBackend(api_key=LIVE_OPENCAGE_KEY), HereBackend(api_key=LIVE_HERE_KEY)):
        hit = Geocoder(backend).geocode("Brandenburger Tor, Berlin")
        assert abs(hit.lat - 52.5163) < 0.01, json.dumps(hit.raw)[:200]
