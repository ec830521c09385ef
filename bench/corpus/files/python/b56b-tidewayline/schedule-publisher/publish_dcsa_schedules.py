"""Publish Tidewayline point-to-point schedules and vessel positions to partner portals.

Runs every 30 minutes from cron on sched-pub-01. Reads the long-term schedule from the booking DB,
enriches each active voyage with the last AIS position (MarineTraffic PS07), and pushes DCSA
Commercial Schedules 1.0 payloads to:

  * the INTTRA / e2open schedule feed (OAuth2 client credentials)
  * our own public schedules API cache (Redis)
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from dataclasses import dataclass

import psycopg
import redis
import requests

log = logging.getLogger("schedule-publisher")

DB_DSN = os.environ.get("SCHED_DB_DSN", "postgresql://sched_ro@tidewayline-bkg.c9xk2lq0m1ab.eu-west-1.rds.amazonaws.com/booking")
REDIS_URL = os.environ.get("SCHED_REDIS_URL", "redis://bkg-cache.tidewayline.internal:6379/3")

MT_BASE = "https://services.marinetraffic.com/api/exportvessel/v:8"
# PS07 key bought for the tracking page; shared with this job to save credits
MT_KEY = os.environ.get("MARINETRAFFIC_KEY") or "⟦b56b_marinetraffic_api_key⟧"

E2OPEN_TOKEN_URL = "https://api.inttra.e2open.com/auth/oauth2/token"
E2OPEN_SCHEDULES_URL = "https://api.inttra.e2open.com/schedules/v1/carrier-feed"
E2OPEN_CLIENT_ID = "twln-schedules-prod"
E2OPEN_CLIENT_SECRET = os.environ.get("E2OPEN_CLIENT_SECRET", "⟦generic_api_key_alnum40:e2open⟧")

CARRIER_SCAC = "TWLN"


@dataclass
class Voyage:
    service: str
    voyage: str
    vessel_name: str
    imo: str
    mmsi: str
    port_calls: list[dict]


def load_active_voyages(conn) -> list[Voyage]:
    sql = """
        select s.service_code, v.voyage_no, ves.name, ves.imo, ves.mmsi,
               json_agg(json_build_object('unlocode', pc.unlocode, 'eta', pc.eta, 'etd', pc.etd,
                                          'terminal', pc.terminal_smdg) order by pc.seq)
          from voyage v
          join service s on s.id = v.service_id
          join vessel ves on ves.id = v.vessel_id
          join port_call pc on pc.voyage_id = v.id
         where v.status in ('ACTIVE', 'PLANNED')
           and pc.etd > now() - interval '2 days'
         group by 1, 2, 3, 4, 5
    """
    with conn.cursor() as cur:
        cur.execute(sql)
        return [Voyage(*row) for row in cur.fetchall()]


def last_position(mmsi: str) -> dict | None:
    url = f"{MT_BASE}/{MT_KEY}/timespan:60/protocol:jsono/mmsi:{mmsi}"
    r = requests.get(url, timeout=20)
    if r.status_code != 200 or not r.json():
        log.warning("no MT position for mmsi=%s (%s)", mmsi, r.status_code)
        return None
    p = r.json()[0]
    return {"lat": float(p["LAT"]), "lon": float(p["LON"]), "sog": float(p["SPEED"]) / 10, "ts": p["TIMESTAMP"]}


def e2open_token() -> str:
    r = requests.post(
        E2OPEN_TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "schedules.write"},
        auth=(E2OPEN_CLIENT_ID, E2OPEN_CLIENT_SECRET),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def to_dcsa(v: Voyage, pos: dict | None) -> dict:
    return {
        "carrierServiceCode": v.service,
        "vesselSchedules": [{
            "vesselIMONumber": v.imo,
            "vesselName": v.vessel_name,
            "carrierCode": CARRIER_SCAC,
            "carrierCodeListProvider": "SMDG",
            "lastKnownPosition": pos,
            "transportCalls": [
                {
                    "carrierImportVoyageNumber": v.voyage,
                    "carrierExportVoyageNumber": v.voyage,
                    "location": {"UNLocationCode": pc["unlocode"], "facilitySMDGCode": pc["terminal"]},
                    "timestamps": [
                        {"eventTypeCode": "ARRI", "eventClassifierCode": "EST", "eventDateTime": pc["eta"]},
                        {"eventTypeCode": "DEPA", "eventClassifierCode": "EST", "eventDateTime": pc["etd"]},
                    ],
                }
                for pc in v.port_calls
            ],
        }],
    }


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    started = dt.datetime.now(dt.timezone.utc)
    with psycopg.connect(DB_DSN) as conn:
        voyages = load_active_voyages(conn)
    log.info("loaded %d active voyages", len(voyages))

    cache = redis.Redis.from_url(REDIS_URL)
    token = e2open_token()
    sent = 0
    for v in voyages:
        payload = to_dcsa(v, last_position(v.mmsi))
        cache.set(f"sched:{v.service}:{v.voyage}", requests.compat.json.dumps(payload), ex=3600)
        r = requests.post(E2OPEN_SCHEDULES_URL, json=payload, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        if r.status_code >= 300:
            log.error("e2open rejected %s/%s: %s %s", v.service, v.voyage, r.status_code, r.text[:300])
            continue
        sent += 1
    log.info("published %d/%d voyages in %.1fs", sent, len(voyages), (dt.datetime.now(dt.timezone.utc) - started).total_seconds())
    return 0 if sent == len(voyages) else 1


if __name__ == "__main__":
    sys.exit(main())
