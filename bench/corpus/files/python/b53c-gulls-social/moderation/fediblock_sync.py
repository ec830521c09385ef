"""Sync domain blocks between gulls.social and our sister instance tern.town.

Both admin teams agreed (see #mod-council, 2024-01-09) to share *suspend*-level
blocks only; silence/limit stays local. Runs nightly from cron on masto-worker-01:

    15 4 * * * mastodon cd ~/modtools && .venv/bin/python fediblock_sync.py >> sync.log 2>&1
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from mastodon import Mastodon, MastodonAPIError

log = logging.getLogger("fediblock_sync")


@dataclass
class Instance:
    name: str
    base_url: str
    token: str


# tokens are from Preferences > Development > "fediblock-sync" app,
# scopes admin:read:domain_blocks admin:write:domain_blocks
GULLS = Instance(
    name="gulls.social",
    base_url="https://gulls.social",
    token=os.environ.get("GULLS_ADMIN_TOKEN", "⟦b40c_mastodon_token:gulls⟧"),
)
TERN = Instance(
    name="tern.town",
    base_url="https://tern.town",
    # tern's admins gave us a token on *their* instance for read-only pulls
    token="⟦b40c_mastodon_token:tern⟧",
)

NEVER_BLOCK = {"gulls.social", "tern.town", "mastodon.social", "fosstodon.org"}


def client(inst: Instance) -> Mastodon:
    return Mastodon(access_token=inst.token, api_base_url=inst.base_url, ratelimit_method="wait")


def suspends(api: Mastodon) -> dict[str, dict]:
    out = {}
    for block in api.fetch_remaining(api.admin_domain_blocks()):
        if block["severity"] == "suspend":
            out[block["domain"]] = block
    return out


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ours, theirs = client(GULLS), client(TERN)
    have = suspends(ours)
    want = suspends(theirs)
    for domain, block in sorted(want.items()):
        if domain in have or domain in NEVER_BLOCK:
            continue
        comment = f"synced from tern.town: {block.get('public_comment') or '(no comment)'}"
        try:
            ours.admin_create_domain_block(domain, severity="suspend", public_comment=comment,
                                           private_comment="fediblock_sync", reject_media=True,
                                           reject_reports=True, obfuscate=False)
            log.info("suspended %s", domain)
        except MastodonAPIError as exc:
            log.warning("could not block %s: %s", domain, exc)


if __name__ == "__main__":
    main()
