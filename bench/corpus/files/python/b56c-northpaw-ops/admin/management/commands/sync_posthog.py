"""Sync PostHog person properties (plan, pet count, claims filed) from our DB, and pull the
"claims_funnel" insight into the admin dashboard cache.

    ./manage.py sync_posthog --since 2026-02-01
"""
from __future__ import annotations

import datetime as dt

import requests
from django.conf import settings
from django.core.management.base import BaseCommand
from posthog import Posthog

from policies.models import Policy

POSTHOG_HOST = "https://us.posthog.com"
PROJECT_ID = 48213
PROJECT_API_KEY = "⟦posthog_project_key:northpaw⟧"  # phc_ key, same one the website uses

# Personal API key of the ops service user (scopes: insight:read, person:write).
PERSONAL_API_KEY = getattr(settings, "POSTHOG_PERSONAL_API_KEY", None) or "⟦posthog_personal_api_key:ops⟧"

# Needed for local flag evaluation so the admin can show which experiment a customer is in.
FLAGS_SECURE_KEY = "⟦b56c_posthog_flags_secure_key:northpaw⟧"


class Command(BaseCommand):
    help = "Push person properties to PostHog and refresh the claims funnel cache"

    def add_arguments(self, parser):
        parser.add_argument("--since", type=dt.date.fromisoformat, default=dt.date.today() - dt.timedelta(days=1))
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, since: dt.date, dry_run: bool, **opts):
        ph = Posthog(PROJECT_API_KEY, host=POSTHOG_HOST, personal_api_key=FLAGS_SECURE_KEY)
        n = 0
        for p in Policy.objects.filter(updated_at__date__gte=since).select_related("owner"):
            props = {
                "plan": p.plan_code,
                "pets": p.pets.count(),
                "claims_filed": p.claims.count(),
                "state": p.owner.state,
            }
            if dry_run:
                self.stdout.write(f"{p.owner.uuid} {props}")
            else:
                ph.set(distinct_id=str(p.owner.uuid), properties=props)
            n += 1
        ph.flush()
        self.stdout.write(self.style.SUCCESS(f"updated {n} persons"))

        r = requests.get(
            f"{POSTHOG_HOST}/api/projects/{PROJECT_ID}/insights/",
            params={"short_id": "claims_funnel", "refresh": "blocking"},
            headers={"Authorization": f"Bearer {PERSONAL_API_KEY}"},
            timeout=60,
        )
        r.raise_for_status()
        cache_insight("claims_funnel", r.json()["results"][0]["result"])


def cache_insight(key, data):
    from django.core.cache import cache
    cache.set(f"posthog:{key}", data, 60 * 60 * 6)
