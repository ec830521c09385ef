#!/usr/bin/env python3
"""Check that every ToR answers SNMPv3 with the NMS credentials and nothing answers v2c 'public'."""
import sys

from netmiko import ConnectHandler
from pysnmp.hlapi import (
    ContextData, ObjectIdentity, ObjectType, SnmpEngine, UdpTransportTarget, UsmUserData,
    getCmd, usmAesCfb128Protocol, usmHMACSHAAuthProtocol, CommunityData,
)

TORS = ["tor-ams1-r07", "tor-ams1-r08", "tor-fra1-r02"]

# NMS v3 user (same as LibreNMS)
NMS_USER = UsmUserData(
    "librenms",
    "⟦password:snmp-auth⟧",
    "⟦password:snmp-priv⟧",
    authProtocol=usmHMACSHAAuthProtocol,
    privProtocol=usmAesCfb128Protocol,
)

SYS_DESCR = ObjectType(ObjectIdentity("SNMPv2-MIB", "sysDescr", 0))


def v3_ok(host: str) -> bool:
    err, status, _, _ = next(getCmd(SnmpEngine(), NMS_USER, UdpTransportTarget((host, 161), timeout=2),
                                    ContextData(), SYS_DESCR))
    return not err and not status


def public_open(host: str) -> bool:
    err, status, _, _ = next(getCmd(SnmpEngine(), CommunityData("public", mpModel=1),
                                    UdpTransportTarget((host, 161), timeout=2), ContextData(), SYS_DESCR))
    return not err and not status


def fix_device(host: str) -> None:
    conn = ConnectHandler(
        device_type="cisco_nxos",
        host=host,
        username="svc-nornir",
        password="⟦password:svc-nornir-old⟧",
    )
    conn.send_config_set(["no snmp-server community public"])
    conn.save_config()
    conn.disconnect()


if __name__ == "__main__":
    bad = []
    for tor in TORS:
        if public_open(tor):
            print(f"{tor}: v2c public still open, fixing")
            fix_device(tor)
        if not v3_ok(tor):
            bad.append(tor)
    if bad:
        print("v3 failed:", ", ".join(bad))
        sys.exit(1)
