#!/usr/bin/env python3
"""Audit-trail consumer: reads kafka-audit on Aiven and writes compacted rows to pg-offsets.

Runs as a cron'd k8s Job every 10 minutes. Locally: `python aiven_consumer.py --once`.
"""
import argparse
import json
import logging
import os
import signal

import psycopg
from confluent_kafka import Consumer, KafkaError

log = logging.getLogger("audit-consumer")

# Aiven kafka-audit service (SASL/SCRAM on port 24954, CA from the console)
KAFKA_CONF = {
    "bootstrap.servers": "kafka-audit-tidewater-prod.a.aivencloud.com:24954",
    "security.protocol": "SASL_SSL",
    "sasl.mechanism": "SCRAM-SHA-256",
    "sasl.username": "avnadmin",
    "sasl.password": os.getenv("AUDIT_KAFKA_PASSWORD", "⟦b63b_aiven_service_password:kafka⟧"),
    "ssl.ca.location": os.getenv("AIVEN_CA", "/etc/aiven/ca.pem"),
    "group.id": "audit-consumer",
    "auto.offset.reset": "earliest",
    "enable.auto.commit": False,
}

PG_DSN = os.getenv(
    "OFFSETS_DB_URL",
    "postgres://audit_writer:⟦db_password:auditpg⟧@pg-offsets-tidewater-prod.a.aivencloud.com:24947/defaultdb?sslmode=require",
)

UPSERT = """
insert into audit_events (event_id, actor, action, resource, at, payload)
values (%(event_id)s, %(actor)s, %(action)s, %(resource)s, %(at)s, %(payload)s)
on conflict (event_id) do nothing
"""

_running = True


def _stop(*_):
    global _running
    _running = False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--once", action="store_true")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, _stop)

    consumer = Consumer(KAFKA_CONF)
    consumer.subscribe(["audit.events.v1"])
    with psycopg.connect(PG_DSN, autocommit=False) as conn:
        idle = 0
        while _running:
            msg = consumer.poll(1.0)
            if msg is None:
                idle += 1
                if args.once and idle > 10:
                    break
                continue
            if msg.error():
                if msg.error().code() != KafkaError._PARTITION_EOF:
                    log.error("kafka error: %s", msg.error())
                continue
            idle = 0
            evt = json.loads(msg.value())
            with conn.cursor() as cur:
                cur.execute(UPSERT, {**evt, "payload": json.dumps(evt.get("payload", {}))})
            conn.commit()
            consumer.commit(msg, asynchronous=False)
    consumer.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
