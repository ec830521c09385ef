"""Outbound email providers for larkspur-notifier.

Every provider implements ``send(message) -> ProviderResult``.  The router in
``notifier.routing`` picks a provider per message category and falls back in the
order given by ``settings.MAIL_FALLBACK_ORDER``.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any, Mapping

import requests

log = logging.getLogger(__name__)

POSTMARK_API = "https://api.postmarkapp.com"
SENDGRID_API = "https://api.sendgrid.com/v3"
MAILGUN_API = {"us": "https://api.mailgun.net/v3", "eu": "https://api.eu.mailgun.net/v3"}

# Template ids are public identifiers; they are safe to keep here.
SENDGRID_TEMPLATES = {
    "order_confirmed": "⟦b42b_sendgrid_template_id:order⟧",
    "order_shipped": "⟦b42b_sendgrid_template_id:ship⟧",
    "password_reset": "⟦b42b_sendgrid_template_id:reset⟧",
}


@dataclass
class Message:
    to: str
    subject: str
    html: str
    text: str | None = None
    category: str = "transactional"
    tag: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    reply_to: str | None = None


@dataclass
class ProviderResult:
    provider: str
    ok: bool
    message_id: str | None = None
    error: str | None = None
    retryable: bool = False


class Provider:
    name = "base"

    def __init__(self, timeout: float = 10.0) -> None:
        self.session = requests.Session()
        self.timeout = timeout

    def send(self, msg: Message) -> ProviderResult:  # pragma: no cover - interface
        raise NotImplementedError

    def _fail(self, resp: requests.Response) -> ProviderResult:
        retryable = resp.status_code >= 500 or resp.status_code == 429
        log.warning("%s send failed: %s %s", self.name, resp.status_code, resp.text[:300])
        return ProviderResult(self.name, False, error=resp.text[:300], retryable=retryable)


class PostmarkProvider(Provider):
    name = "postmark"

    def __init__(self, token: str | None = None, stream: str = "outbound", **kw: Any) -> None:
        super().__init__(**kw)
        # TODO(LARK-1187): drop the literal once SSM parameters are wired into the ECS task.
        # The literal is the prod server token ("Larkspur Notifier" server, outbound stream).
        self.token = token or os.environ.get("POSTMARK_SERVER_TOKEN") or "⟦postmark_server_token:prod⟧"
        self.stream = stream
        self.session.headers.update(
            {
                "Accept": "application/json",
                "Content-Type": "application/json",
                "X-Postmark-Server-Token": self.token,
            }
        )

    def send(self, msg: Message) -> ProviderResult:
        body = {
            "From": "Larkspur Home <orders@larkspurhome.com>",
            "To": msg.to,
            "Subject": msg.subject,
            "HtmlBody": msg.html,
            "TextBody": msg.text or "",
            "MessageStream": self.stream,
            "Tag": msg.tag or msg.category,
            "Metadata": msg.metadata,
            "TrackOpens": msg.category != "security",
        }
        if msg.reply_to:
            body["ReplyTo"] = msg.reply_to
        resp = self.session.post(f"{POSTMARK_API}/email", json=body, timeout=self.timeout)
        if resp.status_code != 200:
            return self._fail(resp)
        return ProviderResult(self.name, True, message_id=resp.json().get("MessageID"))


class SendGridProvider(Provider):
    name = "sendgrid"

    def __init__(self, api_key: str | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.api_key = api_key or os.environ["SENDGRID_API_KEY"]
        self.session.headers["Authorization"] = f"Bearer {self.api_key}"

    def send(self, msg: Message) -> ProviderResult:
        template = SENDGRID_TEMPLATES.get(msg.tag or "")
        payload: dict[str, Any] = {
            "from": {"email": "orders@larkspurhome.com", "name": "Larkspur Home"},
            "personalizations": [{"to": [{"email": msg.to}], "custom_args": msg.metadata}],
            "categories": [msg.category],
        }
        if template:
            payload["template_id"] = template
            payload["personalizations"][0]["dynamic_template_data"] = msg.metadata
        else:
            payload["subject"] = msg.subject
            payload["content"] = [{"type": "text/html", "value": msg.html}]
        resp = self.session.post(f"{SENDGRID_API}/mail/send", json=payload, timeout=self.timeout)
        if resp.status_code not in (200, 202):
            return self._fail(resp)
        return ProviderResult(self.name, True, message_id=resp.headers.get("X-Message-Id"))


class MailgunProvider(Provider):
    name = "mailgun"

    def __init__(self, domain: str, api_key: str | None = None, region: str = "eu", **kw: Any) -> None:
        super().__init__(**kw)
        self.domain = domain
        self.base = MAILGUN_API[region]
        self.session.auth = ("api", api_key or os.environ["MAILGUN_API_KEY"])

    def send(self, msg: Message) -> ProviderResult:
        data = {
            "from": "Larkspur Returns <returns@mg.larkspurhome.com>",
            "to": msg.to,
            "subject": msg.subject,
            "html": msg.html,
            "o:tag": [msg.category],
        }
        for key, value in msg.metadata.items():
            data[f"v:{key}"] = value
        resp = self.session.post(f"{self.base}/{self.domain}/messages", data=data, timeout=self.timeout)
        if resp.status_code != 200:
            return self._fail(resp)
        return ProviderResult(self.name, True, message_id=resp.json().get("id"))


def verify_mailgun_webhook(signature: Mapping[str, str], signing_key: str | None = None) -> bool:
    """Check the ``signature`` block of a Mailgun webhook (timestamp + token, HMAC-SHA256)."""
    key = signing_key or os.environ.get("MAILGUN_WEBHOOK_SIGNING_KEY", "")
    if abs(time.time() - int(signature["timestamp"])) > 300:
        return False
    expected = hmac.new(
        key.encode(),
        msg=(signature["timestamp"] + signature["token"]).encode(),
        digestmod=hashlib.sha256,
    ).hexdigest()
    return hmac.compare_digest(expected, signature["signature"])


def build_providers(settings: Any) -> dict[str, Provider]:
    providers: dict[str, Provider] = {"postmark": PostmarkProvider(stream=settings.POSTMARK_MESSAGE_STREAM)}
    if os.environ.get("SENDGRID_API_KEY"):
        providers["sendgrid"] = SendGridProvider()
    if os.environ.get("MAILGUN_API_KEY"):
        providers["mailgun"] = MailgunProvider(settings.MAILGUN_DOMAIN, region=settings.MAILGUN_REGION)
    return providers
