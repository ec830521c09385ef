"""Sift event + score client for the onboarding and payout risk checks.

Events API: https://api.sift.com/v205/events
Scores come back inline with ?return_workflow_status=true.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

SIFT_API = "https://api.sift.com/v205"
# REST API key (Console > Developer > API Keys > Production). The beacon key
# used by the web snippet is public and lives in web/public/sift.js.
SIFT_API_KEY = os.getenv("SIFT_API_KEY", "⟦b61b_sift_api_key⟧")
SIFT_ACCOUNT_ID = os.getenv("SIFT_ACCOUNT_ID", "62f1a9c2e4b0d7a3c5e8f901")
SIFT_BEACON_KEY = "⟦b61b_sift_beacon_key⟧"


@dataclass
class RiskDecision:
    score: float
    decision: str | None
    reasons: list[str]


class SiftClient:
    def __init__(self, api_key: str = SIFT_API_KEY, timeout: float = 2.0):
        self.api_key = api_key
        self.timeout = timeout
        self.http = requests.Session()

    def _event(self, event_type: str, user_id: str, **fields) -> dict:
        body = {"$type": event_type, "$api_key": self.api_key, "$user_id": user_id, **fields}
        r = self.http.post(
            f"{SIFT_API}/events",
            params={"return_workflow_status": "true", "abuse_types": "payment_abuse,account_takeover"},
            json=body,
            timeout=self.timeout,
        )
        r.raise_for_status()
        return r.json()

    def create_account(self, user_id: str, email: str, phone: str, session_id: str) -> RiskDecision:
        res = self._event("$create_account", user_id, **{"$user_email": email, "$phone": phone, "$session_id": session_id})
        return self._decision(res)

    def payout(self, user_id: str, amount_micros: int, currency: str, destination_last4: str) -> RiskDecision:
        res = self._event(
            "$transaction",
            user_id,
            **{
                "$amount": amount_micros,
                "$currency_code": currency,
                "$transaction_type": "$withdrawal",
                "$payment_method": {"$payment_type": "$electronic_fund_transfer", "$account_number_last5": destination_last4},
            },
        )
        return self._decision(res)

    @staticmethod
    def _decision(res: dict) -> RiskDecision:
        sa = res.get("score_response", {}).get("scores", {}).get("payment_abuse", {})
        wf = res.get("score_response", {}).get("workflow_statuses", [])
        decision = wf[0]["history"][0]["config"]["decision_id"] if wf else None
        return RiskDecision(score=sa.get("score", 0.0), decision=decision, reasons=[r["name"] for r in sa.get("reasons", [])])
