"""
PlayStream -> ClickHouse ingest (Starfall Tactics).

PlayFab pushes PlayStream events to an Azure Event Hub (Game Manager > Data Connections). This worker
reads the hub, flattens the events and inserts into telemetry.events in batches.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import time
from datetime import datetime, timezone

import clickhouse_connect
from azure.eventhub import EventHubConsumerClient

log = logging.getLogger("playstream_ingest")

EVENTHUB_CONN = os.getenv(
    "PLAYSTREAM_EVENTHUB_CONN",
    "Endpoint=sb://bf-playstream.servicebus.windows.net/;SharedAccessKeyName=ingest-listen;"
    "SharedAccessKey=⟦azure_servicebus_key:listen⟧;EntityPath=starfall-prod",
)
CONSUMER_GROUP = os.getenv("PLAYSTREAM_CONSUMER_GROUP", "clickhouse")

CH_HOST = os.getenv("CH_HOST", "ch-telemetry.internal.brightforge.io")
CH_USER = os.getenv("CH_USER", "vector_ingest")
CH_PASSWORD = os.getenv("CH_PASSWORD", "⟦db_password:vector⟧")

# Title secret is only used to backfill player profiles that are missing from the event payload
PLAYFAB_TITLE_ID = os.getenv("PLAYFAB_TITLE_ID", "⟦b43a_playfab_title_id:sf⟧")
PLAYFAB_SECRET_KEY = os.getenv("PLAYFAB_SECRET_KEY", "")

BATCH = int(os.getenv("BATCH", "5000"))
FLUSH_SECONDS = float(os.getenv("FLUSH_SECONDS", "5"))

COLUMNS = ["event_id", "event_name", "entity_id", "entity_type", "title_id", "ts", "payload"]

_buffer: list[list] = []
_last_flush = time.monotonic()
_stop = False


def _flatten(evt: dict) -> list:
    return [
        evt.get("EventId"),
        evt.get("EventName"),
        evt.get("EntityId"),
        evt.get("EntityType"),
        evt.get("TitleId") or PLAYFAB_TITLE_ID,
        datetime.fromisoformat(evt["Timestamp"].replace("Z", "+00:00")).astimezone(timezone.utc),
        json.dumps(evt, separators=(",", ":")),
    ]


def flush(ch) -> None:
    global _buffer, _last_flush
    if not _buffer:
        return
    ch.insert("telemetry.events", _buffer, column_names=COLUMNS)
    log.info("inserted %d events", len(_buffer))
    _buffer = []
    _last_flush = time.monotonic()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ch = clickhouse_connect.get_client(host=CH_HOST, port=8443, secure=True, username=CH_USER, password=CH_PASSWORD)
    consumer = EventHubConsumerClient.from_connection_string(EVENTHUB_CONN, consumer_group=CONSUMER_GROUP)

    def on_event(partition_context, event):
        if event is None:
            return
        for evt in (json.loads(event.body_as_str()) if event.body_as_str().startswith("[") else [json.loads(event.body_as_str())]):
            _buffer.append(_flatten(evt))
        if len(_buffer) >= BATCH or time.monotonic() - _last_flush > FLUSH_SECONDS:
            flush(ch)
            partition_context.update_checkpoint(event)

    def stop(*_):
        global _stop
        _stop = True
        consumer.close()

    signal.signal(signal.SIGTERM, stop)
    with consumer:
        consumer.receive(on_event=on_event, starting_position="-1", max_wait_time=FLUSH_SECONDS)
    flush(ch)


if __name__ == "__main__":
    main()
