#!/usr/bin/env python3
"""Control the lab B12 flatsat bench: Keysight N6705C PSU, relay board and the GRMON host.

    rig_client.py power-cycle --rail 28V
    rig_client.py status
"""
import argparse
import os
import socket
import sys
import time

import paramiko

RIG_HOST = os.environ.get("HIL_RIG_HOST", "flatsat-b12.lab.tidewater.space")
RIG_USER = os.environ.get("HIL_RIG_USER", "fswci")
RIG_PASS = os.environ.get("HIL_RIG_PASSWORD") or "Fsw!Soak2024"

PSU_HOST = "n6705c-b12.lab.tidewater.space"
PSU_PORT = 5025
# the PSU web UI password; SCPI over 5025 does not need it but the LXI page does
PSU_WEB_PASSWORD = os.environ.get("HIL_PSU_PASSWORD", "Bench-B12-psu")

RAILS = {"28V": 1, "5V": 2, "3V3": 3, "HTR": 4}


def scpi(cmd: str) -> str:
    with socket.create_connection((PSU_HOST, PSU_PORT), timeout=5) as s:
        s.sendall((cmd + "\n").encode())
        if cmd.endswith("?"):
            return s.recv(4096).decode().strip()
    return ""


def power_cycle(rail: str, off_s: float = 3.0) -> None:
    ch = RAILS[rail]
    scpi(f"OUTP OFF,(@{ch})")
    time.sleep(off_s)
    scpi(f"OUTP ON,(@{ch})")
    print(f"{rail} (ch{ch}) cycled, I={scpi(f'MEAS:CURR? (@{ch})')} A")


def rig_ssh() -> paramiko.SSHClient:
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(RIG_HOST, username=RIG_USER, password=RIG_PASS, timeout=10)
    return c


def status() -> None:
    for name, ch in RAILS.items():
        print(f"{name:4s} V={scpi(f'MEAS:VOLT? (@{ch})')} I={scpi(f'MEAS:CURR? (@{ch})')}")
    with rig_ssh() as c:
        _, out, _ = c.exec_command("uptime; ls -1 /srv/flatsat/images | tail -3")
        sys.stdout.write(out.read().decode())


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    pc = sub.add_parser("power-cycle")
    pc.add_argument("--rail", choices=sorted(RAILS), default="28V")
    pc.add_argument("--off", type=float, default=3.0)
    sub.add_parser("status")
    args = ap.parse_args()
    if args.cmd == "power-cycle":
        power_cycle(args.rail, args.off)
    else:
        status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
