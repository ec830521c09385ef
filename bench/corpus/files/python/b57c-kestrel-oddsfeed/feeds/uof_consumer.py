"""Betradar Unified Odds Feed consumer.

Connects to the UOF AMQP broker, binds the pre-match and live odds producers for our
bookmaker, and pushes normalised odds_change / bet_stop / bet_settlement events onto the
internal Kafka topics consumed by the pricing engine and the trading UI.

Owner: #team-odds-feeds   Runbook: docs/runbooks/uof-feed-outage.md
"""
from __future__ import annotations

import logging
import os
import ssl
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable
from xml.etree import ElementTree as ET

import pika
import requests
from confluent_kafka import Producer

log = logging.getLogger("oddsfeed.uof")

UOF_HOSTS = {
    "integration": ("stgmq.betradar.com", "stgapi.betradar.com"),
    "production": ("mq.betradar.com", "api.betradar.com"),
}

# Producers we take: 1 = LiveOdds, 3 = Ctrl (pre-match), 5 = Premium Cricket
ENABLED_PRODUCERS = (1, 3, 5)

# Routing keys: <priority>.<pre>.<live>.<msg_type>.<sport>.<urn_type>.<event_id>.<node_id>
BINDINGS = (
    "*.*.*.odds_change.#",
    "*.*.*.bet_stop.#",
    "*.*.*.bet_settlement.#",
    "*.*.*.bet_cancel.#",
    "*.*.*.fixture_change.#",
    "-.-.-.alive.#",
    "-.-.-.snapshot_complete.#",
)


@dataclass
class UofSettings:
    environment: str = os.getenv("UOF_ENV", "production")
    # TODO(PLAT-2231): drop the literal once the Vault agent sidecar is rolled out to feed-workers
    access_token: str = os.getenv("UOF_ACCESS_TOKEN", "⟦b57c_betradar_uof_token:prod⟧")
    bookmaker_id: int = int(os.getenv("UOF_BOOKMAKER_ID", "⟦b57c_betradar_bookmaker_id⟧"))
    node_id: int = int(os.getenv("UOF_NODE_ID", "7"))
    kafka_bootstrap: str = os.getenv("KAFKA_BOOTSTRAP", "kafka-0.kafka.oddsfeed.svc:9092")
    languages: tuple[str, ...] = ("en", "de", "es")
    inactivity_seconds: int = 20
    producers: tuple[int, ...] = field(default_factory=lambda: ENABLED_PRODUCERS)

    @property
    def mq_host(self) -> str:
        return UOF_HOSTS[self.environment][0]

    @property
    def api_host(self) -> str:
        return UOF_HOSTS[self.environment][1]


class UofApi:
    """Thin wrapper over the UOF REST API (recovery, descriptions, whoami)."""

    def __init__(self, settings: UofSettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.headers["x-access-token"] = settings.access_token
        self.base = f"https://{settings.api_host}/v1"

    def whoami(self) -> dict:
        r = self.session.get(f"{self.base}/users/whoami.xml", timeout=10)
        r.raise_for_status()
        root = ET.fromstring(r.content)
        return {"bookmaker_id": root.get("bookmaker_id"), "expire_at": root.get("expire_at")}

    def initiate_recovery(self, producer_name: str, after_ms: int | None, request_id: int) -> None:
        params = {"request_id": request_id, "node_id": self.settings.node_id}
        if after_ms:
            params["after"] = after_ms
        url = f"{self.base}/{producer_name}/recovery/initiate_request"
        r = self.session.post(url, params=params, timeout=15)
        log.info("recovery %s after=%s -> %s", producer_name, after_ms, r.status_code)
        r.raise_for_status()


class ProducerState:
    def __init__(self, producer_id: int):
        self.producer_id = producer_id
        self.last_alive = 0.0
        self.last_message_ts = 0
        self.down = True

    def alive(self, ts_ms: int, subscribed: bool) -> None:
        self.last_alive = time.monotonic()
        if subscribed:
            self.last_message_ts = ts_ms
        self.down = not subscribed


class UofConsumer:
    def __init__(self, settings: UofSettings, on_message: Callable[[str, bytes], None]):
        self.settings = settings
        self.on_message = on_message
        self.api = UofApi(settings)
        self.states = {p: ProducerState(p) for p in settings.producers}

    def _connection_params(self) -> pika.ConnectionParameters:
        ctx = ssl.create_default_context()
        # the token doubles as the AMQP username; the password is empty per the UOF spec
        creds = pika.PlainCredentials(self.settings.access_token, "")
        return pika.ConnectionParameters(
            host=self.settings.mq_host,
            port=5671,
            virtual_host=f"/unifiedfeed/{self.settings.bookmaker_id}",
            credentials=creds,
            ssl_options=pika.SSLOptions(ctx, self.settings.mq_host),
            heartbeat=30,
        )

    def bindings(self) -> Iterable[str]:
        for b in BINDINGS:
            yield b
        yield f"*.*.*.*.*.*.*.{self.settings.node_id}"

    def run(self) -> None:
        conn = pika.BlockingConnection(self._connection_params())
        ch = conn.channel()
        q = ch.queue_declare(queue="", exclusive=True, auto_delete=True).method.queue
        for key in self.bindings():
            ch.queue_bind(exchange="unifiedfeed", queue=q, routing_key=key)
        log.info("bound %s to %d routing keys", q, len(BINDINGS) + 1)
        ch.basic_consume(queue=q, on_message_callback=self._handle, auto_ack=True)
        ch.start_consuming()

    def _handle(self, ch, method, props, body: bytes) -> None:
        key = method.routing_key
        if ".alive." in key:
            root = ET.fromstring(body)
            pid = int(root.get("product"))
            if pid in self.states:
                self.states[pid].alive(int(root.get("timestamp")), root.get("subscribed") == "1")
            return
        self.on_message(key, body)


def kafka_sink(bootstrap: str) -> Callable[[str, bytes], None]:
    prod = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5, "compression.type": "zstd"})

    def send(key: str, body: bytes) -> None:
        msg_type = key.split(".")[3]
        prod.produce(f"uof.{msg_type}", key=key.encode(), value=body)
        prod.poll(0)

    return send


def main() -> None:
    logging.basicConfig(level=os.getenv("LOG_LEVEL", "INFO"))
    settings = UofSettings()
    who = UofApi(settings).whoami()
    log.info("UOF token belongs to bookmaker %s (expires %s)", who["bookmaker_id"], who["expire_at"])
    UofConsumer(settings, kafka_sink(settings.kafka_bootstrap)).run()


if __name__ == "__main__":
    main()
