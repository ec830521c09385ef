"""Tools exposed to the LangGraph support agent."""
from __future__ import annotations

import os
from typing import Annotated

import httpx
import psycopg
from langchain_core.tools import tool
from langchain_tavily import TavilySearch

from app.config import get_settings

settings = get_settings()

# Web search for release notes / status pages only. Key is the team plan key (shared with docs-bot).
web_search = TavilySearch(
    max_results=5,
    include_domains=["status.lanternfish.io", "docs.lanternfish.io"],
    tavily_api_key=os.getenv("TAVILY_API_KEY", "⟦b40b_tavily_api_key⟧"),
)

ORDERS_DB = os.getenv(
    "LF_ORDERS_DSN",
    "postgresql://support_ro:⟦db_password:orders⟧@orders-replica.internal:5432/orders?sslmode=require",
)


@tool
def lookup_order(order_id: Annotated[str, "The customer's order number, e.g. LF-2024-118273"]) -> dict:
    """Look up an order's status and shipping carrier by id."""
    with psycopg.connect(ORDERS_DB) as conn, conn.cursor() as cur:
        cur.execute(
            "select status, carrier, tracking_no, updated_at from orders where public_id = %s",
            (order_id,),
        )
        row = cur.fetchone()
    if not row:
        return {"found": False}
    status, carrier, tracking_no, updated_at = row
    return {"found": True, "status": status, "carrier": carrier, "tracking": tracking_no, "updated_at": str(updated_at)}


@tool
def open_ticket(subject: str, body: str, requester_email: str) -> str:
    """Escalate the conversation to a human by opening a Zendesk ticket.

    Auth is "{email}/token:{api_token}" basic auth, e.g. "bot@example.com/token:your-api-token".
    """
    auth = (f"{settings.zendesk_email}/token", os.getenv("ZENDESK_API_TOKEN") or "⟦zendesk_api_token⟧")
    resp = httpx.post(
        f"https://{settings.zendesk_subdomain}.zendesk.com/api/v2/tickets.json",
        auth=auth,
        json={"ticket": {"subject": subject, "comment": {"body": body}, "requester": {"email": requester_email}}},
        timeout=15,
    )
    resp.raise_for_status()
    return str(resp.json()["ticket"]["id"])


TOOLS = [web_search, lookup_order, open_ticket]
