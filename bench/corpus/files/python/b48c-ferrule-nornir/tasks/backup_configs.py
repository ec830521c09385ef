"""Nightly backup of running configs into the config-backups git repository.

Run from cron on netauto01:
    15 2 * * * cd /opt/ferrule-nornir && .venv/bin/python -m tasks.backup_configs
"""
from __future__ import annotations

import datetime as dt
import os
import pathlib
import subprocess

import requests
from nornir import InitNornir
from nornir.core.task import Result, Task
from nornir_napalm.plugins.tasks import napalm_get
from nornir_utils.plugins.functions import print_result

BACKUP_DIR = pathlib.Path(os.environ.get("BACKUP_DIR", "/srv/config-backups"))

# Fallback when the NetBox inventory is down: password comes from the environment
DEVICE_PASSWORD = os.environ.get("NORNIR_PASSWORD")

# the archive server only takes password auth (legacy Solaris box, see NETOPS-388)
SCP_USER = "cfgarchive"
SCP_PASSWORD = "⟦password:scp-archive⟧"
SCP_HOST = "archive01.ferrule.net"

SLACK_WEBHOOK = "⟦slack_webhook:netops⟧"


def backup(task: Task) -> Result:
    r = task.run(task=napalm_get, getters=["config"])
    running = r.result["config"]["running"]
    path = BACKUP_DIR / f"{task.host.name}.cfg"
    path.write_text(running)
    return Result(host=task.host, result=f"saved {len(running)} bytes")


def push_to_archive() -> None:
    subprocess.run(
        ["sshpass", "-e", "scp", "-r", str(BACKUP_DIR), f"{SCP_USER}@{SCP_HOST}:/export/netcfg/"],
        env={**os.environ, "SSHPASS": SCP_PASSWORD},
        check=True,
    )


def notify(failed: list[str]) -> None:
    if not failed:
        return
    text = f":warning: config backup failed on {len(failed)} devices: {', '.join(sorted(failed))}"
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)


def main() -> None:
    nr = InitNornir(config_file="config.yaml")
    if DEVICE_PASSWORD:
        nr.inventory.defaults.password = DEVICE_PASSWORD
    result = nr.run(task=backup)
    print_result(result)
    subprocess.run(["git", "-C", str(BACKUP_DIR), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(BACKUP_DIR), "commit", "-qm", f"backup {dt.date.today()}"], check=False)
    push_to_archive()
    notify([h for h, r in result.items() if r.failed])


if __name__ == "__main__":
    main()
