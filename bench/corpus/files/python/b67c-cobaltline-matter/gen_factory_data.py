#!/usr/bin/env python3
"""Generate Matter factory data partitions for the Cobaltline Deadbolt D4 (nRF5340 + nRF21540).

For each serial in the manifest: create a DAC signed by our PAI, generate a random setup
passcode + discriminator, compute the SPAKE2+ verifier and build factory_data.hex with
nrfconnect's generate_partition.py.

Test-only runs (--test) use the SDK's test PAI and the well-known test passcode so the
certification lab can commission with chip-tool.
"""
import argparse
import csv
import os
import secrets
import subprocess
from pathlib import Path

CHIP_CERT = os.environ.get("CHIP_CERT", "/opt/matter/out/host/chip-cert")
SPAKE2P = os.environ.get("SPAKE2P", "/opt/matter/out/host/spake2p")
NCS = Path(os.environ.get("ZEPHYR_BASE", "/opt/ncs/zephyr")).parent

VID = 0x8A21
PID = 0x0004

PAI_CERT = Path("attestation/Cobaltline-PAI-0x8A21-cert.pem")
PAI_KEY = Path("/secure/pai/Cobaltline-PAI-0x8A21-key.pem")
# the PAI key file is PKCS#8 encrypted on the HSM export; this is its passphrase
PAI_KEY_PASSPHRASE = "⟦password:paikey⟧"

CD_FILE = Path("attestation/Chip-CD-Cobaltline-D4.der")

# Matter test passcode from the spec / SDK examples (only with --test)
TEST_PASSCODE = 20202021
TEST_DISCRIMINATOR = 3840

INVALID_PASSCODES = {0, 11111111, 22222222, 33333333, 44444444, 55555555, 66666666,
                     77777777, 88888888, 99999999, 12345678, 87654321}


def random_passcode():
    while True:
        p = secrets.randbelow(99999998) + 1
        if p not in INVALID_PASSCODES:
            return p


def run(*cmd):
    subprocess.run([str(c) for c in cmd], check=True)


def make_dac(out_dir: Path, serial: str):
    key = out_dir / f"DAC-{serial}-key.pem"
    cert = out_dir / f"DAC-{serial}-cert.pem"
    run(CHIP_CERT, "gen-att-cert", "--type", "d", "--subject-cn", f"Cobaltline D4 DAC {serial}",
        "--subject-vid", hex(VID), "--subject-pid", hex(PID), "--valid-from", "2024-01-01 00:00:00",
        "--lifetime", "4294967295", "--ca-key", PAI_KEY, "--ca-cert", PAI_CERT,
        "--out-key", key, "--out", cert, "--key-passphrase", PAI_KEY_PASSPHRASE)
    return key, cert


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("manifest")
    ap.add_argument("--out", default="out")
    ap.add_argument("--test", action="store_true")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(exist_ok=True)

    with open(a.manifest) as fh, open(out / "onboarding.csv", "w", newline="") as ob:
        w = csv.writer(ob)
        w.writerow(["serial", "discriminator", "manual_code_printed"])
        for row in csv.DictReader(fh):
            serial = row["serial"]
            passcode = TEST_PASSCODE if a.test else random_passcode()
            disc = TEST_DISCRIMINATOR if a.test else secrets.randbelow(4096)
            key, cert = make_dac(out, serial)
            run("python3", NCS / "modules/lib/matter/scripts/tools/nrfconnect/generate_nrfconnect_chip_factory_data.py",
                "--sn", serial, "--vendor_id", VID, "--product_id", PID, "--vendor_name", "Cobaltline",
                "--product_name", "Deadbolt D4", "--dac_cert", cert, "--dac_key", key,
                "--pai_cert", PAI_CERT, "--cd", CD_FILE, "--passcode", passcode,
                "--discriminator", disc, "--spake2_it", 1000, "--spake2_salt", os.urandom(32).hex(),
                "--spake2_verifier_gen", SPAKE2P, "-o", out / f"{serial}.json")
            w.writerow([serial, disc, "Y"])


if __name__ == "__main__":
    main()
