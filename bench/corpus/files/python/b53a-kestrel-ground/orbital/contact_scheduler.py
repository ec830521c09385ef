"""Book KST-3 contacts on Azure Orbital Ground Station.

Usage:
    python -m orbital.contact_scheduler --days 2 --min-elevation 10
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os

from azure.identity import ClientSecretCredential
from azure.mgmt.orbital import AzureOrbital
from azure.mgmt.orbital.models import ContactParameters, ResourceReference

log = logging.getLogger("orbital.scheduler")

SUBSCRIPTION = os.getenv("AZURE_SUBSCRIPTION_ID", "⟦uuid:az-sub⟧")
RESOURCE_GROUP = "rg-kestrel-orbital-prod"
SPACECRAFT = "kst3"
CONTACT_PROFILE_ID = (
    f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{RESOURCE_GROUP}"
    "/providers/Microsoft.Orbital/contactProfiles/kst3-xband-profile"
)
GROUND_STATIONS = ["Microsoft_Quincy", "Microsoft_Gavle", "Microsoft_Singapore"]

# sp-kgs-orbital-scheduler (Contributor on rg-kestrel-orbital-prod only)
_TENANT = os.getenv("AZURE_TENANT_ID", "⟦uuid:az-tenant⟧")
_CLIENT = os.getenv("AZURE_CLIENT_ID", "⟦uuid:az-client⟧")
# fallback so the scheduler still works from the ops laptop when the env isn't loaded
_SECRET = os.getenv("AZURE_CLIENT_SECRET", "⟦azure_ad_client_secret:scheduler⟧")


def client() -> AzureOrbital:
    cred = ClientSecretCredential(tenant_id=_TENANT, client_id=_CLIENT, client_secret=_SECRET)
    return AzureOrbital(cred, SUBSCRIPTION)


def available(orb: AzureOrbital, start: dt.datetime, end: dt.datetime, station: str):
    poller = orb.spacecrafts.begin_list_available_contacts(
        RESOURCE_GROUP,
        SPACECRAFT,
        parameters=ContactParameters(
            contact_profile=ResourceReference(id=CONTACT_PROFILE_ID),
            ground_station_name=station,
            start_time=start,
            end_time=end,
        ),
    )
    return list(poller.result())


def book(orb: AzureOrbital, window, station: str) -> str:
    name = f"kst3-{station.split('_')[-1].lower()}-{window.rx_start_time:%Y%m%dT%H%M}"
    body = {
        "reservation_start_time": window.rx_start_time,
        "reservation_end_time": window.rx_end_time,
        "ground_station_name": station,
        "contact_profile": {"id": CONTACT_PROFILE_ID},
    }
    orb.contacts.begin_create(RESOURCE_GROUP, SPACECRAFT, name, body).result()
    return name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=1)
    ap.add_argument("--min-elevation", type=float, default=10.0)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    orb = client()
    now = dt.datetime.now(dt.timezone.utc)
    end = now + dt.timedelta(days=args.days)
    for station in GROUND_STATIONS:
        for w in available(orb, now, end, station):
            if w.maximum_elevation_degrees < args.min_elevation:
                continue
            if args.dry_run:
                log.info("would book %s %s-%s el=%.1f", station, w.rx_start_time, w.rx_end_time, w.maximum_elevation_degrees)
            else:
                log.info("booked %s", book(orb, w, station))


if __name__ == "__main__":
    main()
