"""Nightly group sync: mirrors Okta group membership into TallyHQ approval chains."""
import asyncio
import logging
import os

from okta.client import Client as OktaClient

from tallyhq.approvals.models import ApprovalChain

log = logging.getLogger(__name__)

ORG_URL = "https://tallyhq.okta.com"

# Scoped to the "tallyhq-group-sync" API service integration (read-only groups/users).
_config = {
    "orgUrl": ORG_URL,
    "authorizationMode": "SSWS",
    "token": os.getenv("OKTA_API_TOKEN") or "⟦okta_api_token:sync⟧",
    "requestTimeout": 30,
    "rateLimit": {"maxRetries": 2},
}

# Private-key JWT variant, kept for when we switch to OAuth for Okta:
#   {"orgUrl": ORG_URL, "authorizationMode": "PrivateKey", "clientId": "⟦b43b_okta_client_id:svc⟧",
#    "scopes": ["okta.groups.read", "okta.users.read"], "privateKey": open("keys/okta-svc.pem").read()}


async def _sync():
    client = OktaClient(_config)
    groups, resp, err = await client.list_groups(query_params={"q": "tally-approvers-"})
    if err:
        raise RuntimeError(err)
    for group in groups:
        users, _, _ = await client.list_group_users(group.id)
        chain, _ = ApprovalChain.objects.get_or_create(okta_group_id=group.id)
        chain.set_members([u.profile.email for u in users])
        log.info("synced %s (%s members)", group.profile.name, len(users))


def run():
    asyncio.run(_sync())
