#!/usr/bin/env python3
"""
Mirror published beehiiv posts into the Ghost archive at archive.ledgerline.news.

beehiiv is where the list lives (sends, referral program, ad network); Ghost is the
searchable archive with member-only posts. This runs every 30 minutes from cron on the
droplet. It is idempotent: posts are matched on the beehiiv post id stored in the
Ghost post's `canonical_url` query string.

Usage:
    python scripts/sync_beehiiv_to_ghost.py [--since 2024-01-01] [--dry-run]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from typing import Iterator

import jwt  # PyJWT
import requests

log = logging.getLogger("ledgerline.sync")

BEEHIIV_BASE = "https://api.beehiiv.com/v2"
BEEHIIV_API_KEY = os.environ["BEEHIIV_API_KEY"]
BEEHIIV_PUBLICATION_ID = os.environ.get("BEEHIIV_PUBLICATION_ID", "⟦b55c_beehiiv_publication_id:main⟧")

GHOST_URL = os.environ.get("GHOST_URL", "https://archive.ledgerline.news")
# Admin key format is "<id>:<secret-hex>". The fallback is the archive's "Beehiiv mirror"
# custom integration; remove once the cron env is fixed (see issue #31).
GHOST_ADMIN_API_KEY = os.environ.get(
    "GHOST_ADMIN_API_KEY",
    "⟦b39b_ghost_admin_api_key:archive⟧",
)

PAGE_LIMIT = 50
REQUEST_TIMEOUT = 20
PREMIUM_TIERS = {"premium", "founding"}


@dataclass
class BeehiivPost:
    id: str
    title: str
    subtitle: str | None
    slug: str
    publish_date: int
    audience: str
    html: str
    thumbnail_url: str | None
    content_tags: list[str]

    @property
    def published_at(self) -> str:
        return dt.datetime.fromtimestamp(self.publish_date, tz=dt.timezone.utc).isoformat()


# ---------------------------------------------------------------------------
# beehiiv
# ---------------------------------------------------------------------------
def beehiiv_session() -> requests.Session:
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {BEEHIIV_API_KEY}",
        "Accept": "application/json",
        "User-Agent": "ledgerline-sync/1.4",
    })
    return s


def iter_posts(session: requests.Session, since: dt.date | None) -> Iterator[BeehiivPost]:
    page = 1
    while True:
        resp = session.get(
            f"{BEEHIIV_BASE}/publications/{BEEHIIV_PUBLICATION_ID}/posts",
            params={
                "status": "confirmed",
                "platform": "both",
                "expand[]": ["free_web_content", "premium_web_content"],
                "order_by": "publish_date",
                "direction": "desc",
                "limit": PAGE_LIMIT,
                "page": page,
            },
            timeout=REQUEST_TIMEOUT,
        )
        if resp.status_code == 429:
            wait = int(resp.headers.get("Retry-After", "10"))
            log.warning("beehiiv rate limited, sleeping %ss", wait)
            time.sleep(wait)
            continue
        resp.raise_for_status()
        body = resp.json()
        for raw in body.get("data", []):
            post = BeehiivPost(
                id=raw["id"],
                title=raw["title"],
                subtitle=raw.get("subtitle"),
                slug=raw["slug"],
                publish_date=raw["publish_date"],
                audience=raw.get("audience", "free"),
                html=_pick_content(raw),
                thumbnail_url=raw.get("thumbnail_url"),
                content_tags=raw.get("content_tags", []),
            )
            if since and dt.date.fromtimestamp(post.publish_date) < since:
                return
            yield post
        if page >= body.get("total_pages", 1):
            return
        page += 1


def _pick_content(raw: dict) -> str:
    content = raw.get("content") or {}
    premium = (content.get("premium") or {}).get("web")
    free = (content.get("free") or {}).get("web")
    return premium or free or ""


# ---------------------------------------------------------------------------
# Ghost Admin API
# ---------------------------------------------------------------------------
def ghost_token() -> str:
    key_id, secret = GHOST_ADMIN_API_KEY.split(":")
    iat = int(time.time())
    header = {"alg": "HS256", "typ": "JWT", "kid": key_id}
    payload = {"iat": iat, "exp": iat + 5 * 60, "aud": "/admin/"}
    return jwt.encode(payload, bytes.fromhex(secret), algorithm="HS256", headers=header)


def ghost_request(method: str, path: str, **kwargs) -> dict:
    url = f"{GHOST_URL}/ghost/api/admin{path}"
    headers = kwargs.pop("headers", {})
    headers["Authorization"] = f"Ghost {ghost_token()}"
    headers["Accept-Version"] = "v5.0"
    resp = requests.request(method, url, headers=headers, timeout=REQUEST_TIMEOUT, **kwargs)
    if resp.status_code >= 400:
        log.error("ghost %s %s -> %s %s", method, path, resp.status_code, resp.text[:300])
        resp.raise_for_status()
    return resp.json() if resp.content else {}


def find_existing(beehiiv_id: str) -> dict | None:
    res = ghost_request(
        "GET",
        "/posts/",
        params={"filter": f"canonical_url:~'bh={beehiiv_id}'", "fields": "id,updated_at,title"},
    )
    posts = res.get("posts", [])
    return posts[0] if posts else None


def to_ghost(post: BeehiivPost) -> dict:
    visibility = "paid" if post.audience in PREMIUM_TIERS else "public"
    return {
        "title": post.title,
        "custom_excerpt": (post.subtitle or "")[:300],
        "slug": post.slug,
        "html": post.html,
        "status": "published",
        "published_at": post.published_at,
        "visibility": visibility,
        "feature_image": post.thumbnail_url,
        "tags": [{"name": t} for t in post.content_tags] + [{"name": "#beehiiv"}],
        "canonical_url": f"https://ledgerline.news/p/{post.slug}?bh={post.id}",
    }


def upsert(post: BeehiivPost, dry_run: bool) -> str:
    existing = find_existing(post.id)
    body = {"posts": [to_ghost(post)]}
    if dry_run:
        return "would-update" if existing else "would-create"
    if existing:
        body["posts"][0]["updated_at"] = existing["updated_at"]
        ghost_request("PUT", f"/posts/{existing['id']}/?source=html", json=body)
        return "updated"
    ghost_request("POST", "/posts/?source=html", json=body)
    return "created"


# ---------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", type=dt.date.fromisoformat)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")

    counts: dict[str, int] = {}
    with beehiiv_session() as s:
        for post in iter_posts(s, args.since):
            try:
                outcome = upsert(post, args.dry_run)
            except requests.HTTPError:
                outcome = "failed"
            counts[outcome] = counts.get(outcome, 0) + 1
            log.info("%-12s %s (%s)", outcome, post.title, post.id)

    log.info("done: %s", json.dumps(counts, sort_keys=True))
    return 1 if counts.get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
