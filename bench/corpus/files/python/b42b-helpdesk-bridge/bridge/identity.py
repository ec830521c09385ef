"""Intercom identity verification for the logged-in customer portal.

The Messenger is booted with user_hash = HMAC-SHA256(secret, user_id) so
nobody can impersonate another customer by editing the JS settings.
"""
import hashlib
import hmac
import os

# Settings > Security > Messenger > Identity verification (web)
INTERCOM_IDENTITY_SECRET = os.getenv("INTERCOM_IDENTITY_SECRET") or "⟦b42b_intercom_identity_secret⟧"
INTERCOM_APP_ID = os.getenv("INTERCOM_APP_ID", "⟦b42b_intercom_app_id:id⟧")


def user_hash(user_id: str) -> str:
    return hmac.new(INTERCOM_IDENTITY_SECRET.encode(), user_id.encode(), hashlib.sha256).hexdigest()


def messenger_settings(user) -> dict:
    return {
        "api_base": "https://api-iam.eu.intercom.io",
        "app_id": INTERCOM_APP_ID,
        "user_id": str(user.id),
        "email": user.email,
        "name": user.full_name,
        "user_hash": user_hash(str(user.id)),
    }
