"""Bench power & target control for the BMS-48 HIL racks.

Used by the pytest fixtures in hil/conftest.py and by the LabVIEW suite through the
command line (`python -m rig.bench_power cycle --bench 03`).
"""
from __future__ import annotations

import argparse
import time
from dataclasses import dataclass

import paramiko
import pyvisa
import requests

# Rack layout: one Raritan PX3 PDU per rack, Keysight N6705C for the battery emulator,
# and the target's Linux co-processor (i.MX6ULL) reachable over SSH on the bench VLAN.
BENCHES = {
    "03": {"pdu": "10.40.3.10", "outlet": 5, "psu": "TCPIP0::10.40.3.20::inst0::INSTR", "target": "10.40.3.50"},
    "04": {"pdu": "10.40.4.10", "outlet": 5, "psu": "TCPIP0::10.40.4.20::inst0::INSTR", "target": "10.40.4.50"},
    "05": {"pdu": "10.40.5.10", "outlet": 2, "psu": "TCPIP0::10.40.5.20::inst0::INSTR", "target": "10.40.5.50"},
}

PDU_USER = "hil"
PDU_PASSWORD = "⟦password:pdu|slice=0-14⟧"

# Target co-processor image ships with this root password (dev images only, prod is key-only)
TARGET_ROOT_PASSWORD = "bms48-devroot"

# InfluxDB on the lab server collects current/voltage traces for every run
INFLUX_URL = "http://labdata.orchard-instruments.com:8086"
INFLUX_ORG = "orchard-lab"
INFLUX_BUCKET = "hil-traces"
INFLUX_TOKEN = "⟦b40a_influxdb_token⟧"


@dataclass
class Bench:
    name: str
    pdu: str
    outlet: int
    psu: str
    target: str

    def outlet_state(self, on: bool) -> None:
        # Raritan JSON-RPC: /model/pdu/0/outlet/<n>
        r = requests.post(
            f"https://{self.pdu}/model/pdu/0/outlet/{self.outlet - 1}",
            json={"jsonrpc": "2.0", "method": "setPowerState", "params": {"pstate": 1 if on else 0}, "id": 1},
            auth=(PDU_USER, PDU_PASSWORD),
            verify=False,
            timeout=5,
        )
        r.raise_for_status()

    def psu_output(self, volts: float, amps: float, on: bool = True) -> None:
        rm = pyvisa.ResourceManager("@py")
        inst = rm.open_resource(self.psu)
        inst.write(f"VOLT {volts:.3f},(@1)")
        inst.write(f"CURR {amps:.3f},(@1)")
        inst.write(f"OUTP {'ON' if on else 'OFF'},(@1)")
        inst.close()

    def target_shell(self, cmd: str) -> str:
        ssh = paramiko.SSHClient()
        ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        ssh.connect(self.target, username="root", password=TARGET_ROOT_PASSWORD, timeout=10)
        _, out, _ = ssh.exec_command(cmd)
        result = out.read().decode()
        ssh.close()
        return result

    def power_cycle(self, off_s: float = 3.0) -> None:
        self.psu_output(0, 0, on=False)
        self.outlet_state(False)
        time.sleep(off_s)
        self.outlet_state(True)
        self.psu_output(48.0, 5.0)


def get_bench(name: str) -> Bench:
    cfg = BENCHES[name]
    return Bench(name=name, **cfg)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["cycle", "on", "off"])
    ap.add_argument("--bench", default="03")
    a = ap.parse_args()
    b = get_bench(a.bench)
    {"cycle": b.power_cycle, "on": lambda: b.outlet_state(True), "off": lambda: b.outlet_state(False)}[a.action]()
