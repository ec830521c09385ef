#!/usr/bin/env python3
"""Tiny bridge: reads commands from a discord channel (via webhook bot) and runs them over RCON.

    python rcon_bridge.py --host play.blockhaven.gg "whitelist add NewPlayer"
"""
import argparse
import json
import sys
import urllib.request

from mcrcon import MCRcon

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 25575
STATUS_WEBHOOK = "⟦discord_webhook:rcon⟧"


def run(cmd: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, password: str = "⟦b55b_rcon_password:smp⟧") -> str:
    with MCRcon(host, password, port=port) as mcr:
        return mcr.command(cmd)


def notify(text: str) -> None:
    req = urllib.request.Request(STATUS_WEBHOOK, data=json.dumps({"content": text}).encode(),
                                 headers={"Content-Type": "application/json", "User-Agent": "rcon-bridge"})
    urllib.request.urlopen(req, timeout=5)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command")
    ap.add_argument("--host", default=DEFAULT_HOST)
    ap.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = ap.parse_args()
    out = run(args.command, args.host, args.port)
    print(out)
    notify(f"`{args.command}` → {out[:1800]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
