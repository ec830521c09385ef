#!/usr/bin/env python3
"""Line-3 flashing station: burns eFuses, flashes the encrypted image and registers the bulb.

Operators run this from the station launcher; it replaces the old burn.bat + provision_device.sh
pair. Keep the station offline except for the VPN to eu-west-1.

History:
  2024-03  first version (A. Ng)
  2024-05  switch to pre-encrypted images, flash encryption key now per product line (LUM-455)
  2024-07  release-mode flash encryption on LUM-BR30
"""
import argparse
import csv
import datetime as dt
import json
import logging
import os
import pathlib
import subprocess
import sys
import tempfile

import boto3
import serial.tools.list_ports

LOG = logging.getLogger("flash")

FIRMWARE_DIR = pathlib.Path(os.environ.get("LUMORA_FW_DIR", r"C:\lumora\fw"))
RESULTS_CSV = pathlib.Path(os.environ.get("LUMORA_RESULTS", r"C:\lumora\results\line3.csv"))

PRODUCTS = {
    "LUM-A19": {"chip": "esp32c3", "image": "lumora_a19_2.4.1.bin", "tuya_pid": "keyjup78v54myhan"},
    "LUM-BR30": {"chip": "esp32c3", "image": "lumora_br30_2.4.1.bin", "tuya_pid": "keyn5dps8ugqnuxw"},
    "LUM-STRIP": {"chip": "esp32", "image": "lumora_strip_1.9.0.bin", "tuya_pid": "keyw9ay3yk9cs7jv"},
}

# Per product line flash encryption keys (XTS-AES-128 on C3 -> 256-bit key file).
# The .bin key files live on the station's BitLocker volume; the hex is kept here because the
# CM's station image kept losing the key files on re-imaging (see LUM-471). TODO move to HSM.
FLASH_ENC_KEYS = {
    "LUM-A19": "⟦b67c_esp_flash_encryption_key:a19⟧",
    "LUM-BR30": "⟦b67c_esp_flash_encryption_key:br30⟧",
}

OFFSETS = {
    "bootloader": 0x0,
    "partition_table": 0x8000,
    "nvs": 0x9000,
    "otadata": 0xF000,
    "app": 0x20000,
}


def sh(*cmd, check=True):
    LOG.debug("$ %s", " ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=check, capture_output=True, text=True)


def find_port():
    for p in serial.tools.list_ports.comports():
        if p.vid == 0x303A or "CP210" in (p.description or ""):
            return p.device
    raise SystemExit("no device on USB")


def read_mac(port):
    out = sh(sys.executable, "-m", "esptool", "--port", port, "read_mac").stdout
    for line in out.splitlines():
        if line.startswith("MAC:"):
            return line.split()[1].replace(":", "").upper()
    raise RuntimeError("MAC not found in esptool output")


def burn_key(port, chip, product):
    key_hex = FLASH_ENC_KEYS.get(product)
    if not key_hex:
        LOG.info("%s has no flash encryption yet", product)
        return False
    with tempfile.NamedTemporaryFile(delete=False, suffix=".bin") as fh:
        fh.write(bytes.fromhex(key_hex))
        key_file = fh.name
    try:
        block = "BLOCK_KEY0" if chip == "esp32c3" else "flash_encryption"
        purpose = ["XTS_AES_128_KEY"] if chip == "esp32c3" else []
        sh(sys.executable, "-m", "espefuse", "--port", port, "--chip", chip, "--do-not-confirm",
           "burn_key", block, key_file, *purpose)
    finally:
        os.unlink(key_file)
    return True


def flash(port, chip, product, encrypted):
    img_dir = FIRMWARE_DIR / product / ("encrypted" if encrypted else "plain")
    args = [sys.executable, "-m", "esptool", "--port", port, "--chip", chip, "--baud", "921600",
            "write_flash", "--flash_mode", "dio", "--flash_size", "4MB"]
    for name, off in OFFSETS.items():
        f = img_dir / f"{name}.bin"
        if name == "app":
            f = img_dir / PRODUCTS[product]["image"]
        if f.exists():
            args += [hex(off), f]
    sh(*args)


def register(mac, product, serial_no):
    iot = boto3.client("iot", region_name="eu-west-1")
    thing = f"lum-{mac}"
    iot.create_thing(thingName=thing, thingTypeName="LumoraBulb",
                     attributePayload={"attributes": {"model": product, "serial": serial_no}})
    return thing


def record(row):
    new = not RESULTS_CSV.exists()
    with RESULTS_CSV.open("a", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(row))
        if new:
            w.writeheader()
        w.writerow(row)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("product", choices=sorted(PRODUCTS))
    ap.add_argument("serial")
    ap.add_argument("--port")
    ap.add_argument("--skip-efuse", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    logging.basicConfig(level=logging.DEBUG if a.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")

    port = a.port or find_port()
    chip = PRODUCTS[a.product]["chip"]
    mac = read_mac(port)
    LOG.info("station=%s port=%s mac=%s", os.environ.get("COMPUTERNAME", "?"), port, mac)

    encrypted = False
    if not a.skip_efuse:
        encrypted = burn_key(port, chip, a.product)
    flash(port, chip, a.product, encrypted)
    thing = register(mac, a.product, a.serial)

    record({
        "ts": dt.datetime.utcnow().isoformat(timespec="seconds"),
        "serial": a.serial,
        "mac": mac,
        "thing": thing,
        "product": a.product,
        "encrypted": encrypted,
        "station": os.environ.get("COMPUTERNAME", "?"),
    })
    print(json.dumps({"ok": True, "thing": thing}))


if __name__ == "__main__":
    main()
