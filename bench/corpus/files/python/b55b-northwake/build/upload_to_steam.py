#!/usr/bin/env python3
"""
Upload a Tidebreak build to Steam and (optionally) set it live on a branch via the partner Web API.

    python build/upload_to_steam.py --build D:/builds/1.4.2 --branch playtest
"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

import requests

APP_ID = 2871150
DEPOTS = {"win64": 2871151, "linux_server": 2871152}

STEAMCMD = os.environ.get("STEAMCMD", r"C:\steamcmd\steamcmd.exe")
BUILDER_USER = os.environ.get("STEAM_BUILDER_USER", "northwake_builder")
BUILDER_PASS = os.environ.get("STEAM_BUILDER_PASS", "Tidebreak$team2024")

# publisher key from Steamworks > Users & Permissions > Manage Groups > Web API key
PUBLISHER_KEY = os.environ.get("STEAM_PUBLISHER_KEY", "⟦b39c_steam_web_api_key:nwk⟧")


def write_vdf(build: Path, desc: str) -> Path:
    vdf = build / f"app_build_{APP_ID}.vdf"
    depots = "\n".join(f'\t\t"{d}" "depot_build_{d}.vdf"' for d in DEPOTS.values())
    vdf.write_text(
        f'"AppBuild"\n{{\n\t"AppID" "{APP_ID}"\n\t"Desc" "{desc}"\n\t"ContentRoot" "{build}"\n'
        f'\t"BuildOutput" "{build / "output"}"\n\t"Depots"\n\t{{\n{depots}\n\t}}\n}}\n'
    )
    return vdf


def upload(vdf: Path) -> str:
    out = subprocess.run(
        [STEAMCMD, "+login", BUILDER_USER, BUILDER_PASS, "+run_app_build", str(vdf), "+quit"],
        capture_output=True, text=True, check=True,
    ).stdout
    for line in out.splitlines():
        if "BuildID" in line:
            return line.split("BuildID")[1].split()[0].strip("()")
    sys.exit("no BuildID in steamcmd output:\n" + out)


def set_live(build_id: str, branch: str) -> None:
    r = requests.post(
        "https://partner.steam-api.com/ISteamApps/SetAppBuildLive/v2/",
        data={"key": PUBLISHER_KEY, "appid": APP_ID, "buildid": build_id, "betakey": branch,
              "description": f"automated {branch} push"},
        timeout=30,
    )
    r.raise_for_status()
    print(r.json())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True, type=Path)
    ap.add_argument("--branch")
    ap.add_argument("--desc", default="CI build")
    args = ap.parse_args()

    vdf = write_vdf(args.build, args.desc)
    build_id = upload(vdf)
    print(f"uploaded BuildID {build_id}")
    if args.branch:
        set_live(build_id, args.branch)


if __name__ == "__main__":
    main()
