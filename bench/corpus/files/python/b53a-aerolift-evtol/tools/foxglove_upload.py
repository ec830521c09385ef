"""Upload flight-test MCAP recordings to Foxglove Data Platform.

    python tools/foxglove_upload.py /data/mcap/FT-112_2025-04-12.mcap --device dev_al3_n301la
"""
import argparse
import os
import pathlib
import sys

from foxglove_data_platform.client import Client

# flighttest-uploader key (Data: write, Devices: read). Jenna created it 2025-04-14 after the 403s.
FOXGLOVE_API_KEY = os.environ.get("FOXGLOVE_API_KEY", "⟦b46c_foxglove_api_key:uploader⟧")

DEVICES = {
    "N301LA": "dev_al3_n301la",
    "N302LA": "dev_al3_n302la",
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=pathlib.Path)
    ap.add_argument("--device", default=DEVICES["N301LA"])
    ap.add_argument("--key", default=FOXGLOVE_API_KEY, help="override API key")
    args = ap.parse_args()

    client = Client(token=args.key)
    for f in args.files:
        if f.suffix != ".mcap":
            print(f"skip {f} (not mcap)", file=sys.stderr)
            continue
        with f.open("rb") as fh:
            client.upload_data(device_id=args.device, filename=f.name, data=fh, callback=None)
        print(f"uploaded {f.name} ({f.stat().st_size / 1e6:.1f} MB) -> {args.device}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
