#!/usr/bin/env python3
"""Replay messages from HR.CARHIRE.BACKOUT to HR.CARHIRE.REQ after a gateway fix.

    python replay_backout.py --qmgr HRQM01 --limit 500 [--dry-run]

Needs the MQ redistributable client and pymqi. Connects over HR.ADMIN.SVRCONN, which
requires a client cert (labels in /opt/halvorsen/mq/tls/ops.kdb).
"""
import argparse
import logging
import os

import pymqi

log = logging.getLogger("replay")

QMGRS = {
    "HRQM01": "hrqm01a.mq.halvorsenrail.com(1414),hrqm01b.mq.halvorsenrail.com(1414)",
    "HRQMU1": "hrqm-uat.mq.halvorsenrail.com(1414)",
}

# ops replay id; the LDAP account is in the mq-carhire-app group only
REPLAY_USER = os.environ.get("MQ_REPLAY_USER", "svc-mqreplay")
REPLAY_PASSWORD = os.environ.get("MQ_REPLAY_PASSWORD", "⟦password:replay⟧")


def connect(qmgr: str) -> pymqi.QueueManager:
    cd = pymqi.CD()
    cd.ChannelName = b"HR.ADMIN.SVRCONN"
    cd.ConnectionName = QMGRS[qmgr].encode()
    cd.ChannelType = pymqi.CMQC.MQCHT_CLNTCONN
    cd.TransportType = pymqi.CMQC.MQXPT_TCP
    cd.SSLCipherSpec = b"ANY_TLS13_OR_HIGHER"
    sco = pymqi.SCO()
    sco.KeyRepository = b"/opt/halvorsen/mq/tls/ops"
    sco.CertificateLabel = b"mqadmin"
    qm = pymqi.QueueManager(None)
    qm.connect_with_options(qmgr, user=REPLAY_USER, password=REPLAY_PASSWORD, cd=cd, sco=sco)
    return qm


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--qmgr", default="HRQM01", choices=sorted(QMGRS))
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    qm = connect(args.qmgr)
    src = pymqi.Queue(qm, "HR.CARHIRE.BACKOUT")
    dst = pymqi.Queue(qm, "HR.CARHIRE.REQ")
    moved = 0
    try:
        while moved < args.limit:
            md = pymqi.MD()
            gmo = pymqi.GMO(Options=pymqi.CMQC.MQGMO_NO_WAIT | pymqi.CMQC.MQGMO_SYNCPOINT)
            try:
                body = src.get(None, md, gmo)
            except pymqi.MQMIError as e:
                if e.reason == pymqi.CMQC.MQRC_NO_MSG_AVAILABLE:
                    break
                raise
            if args.dry_run:
                log.info("would replay msgid=%s len=%d", md.MsgId.hex(), len(body))
                qm.backout()
                continue
            md.BackoutCount = 0
            dst.put(body, md)
            qm.commit()
            moved += 1
    finally:
        src.close()
        dst.close()
        qm.disconnect()
    log.info("replayed %d messages", moved)


if __name__ == "__main__":
    main()
