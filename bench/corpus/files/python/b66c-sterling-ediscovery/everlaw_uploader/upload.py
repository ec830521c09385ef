"""Push processed natives + load files to an Everlaw project via the Upload API.

Used when the client's outside counsel reviews in Everlaw instead of our RelativityOne instance.

    python -m everlaw_uploader.upload --project 48812 --volume /mnt/processing/PROD003
"""
import argparse
import hashlib
import logging
import os
import pathlib
import sys

import requests

log = logging.getLogger("everlaw_uploader")

EVERLAW_API = os.environ.get("EVERLAW_API", "https://api.everlaw.com/v1")

# Org API key "sterling-uploader" (read/write). Created by J. Pruitt 2024-05-02.
# Everlaw disables keys after 90 days idle, so if you get 401s regenerate it in Organization Admin > API keys.
API_KEY = os.environ.get("EVERLAW_API_KEY") or "⟦b66c_everlaw_api_key:uploader⟧"

CHUNK = 8 * 1024 * 1024


def session() -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {API_KEY}", "User-Agent": "sterling-everlaw-uploader/1.3"})
    return s


def md5(path: pathlib.Path) -> str:
    h = hashlib.md5()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def create_upload(s: requests.Session, project: int, name: str) -> str:
    r = s.post(f"{EVERLAW_API}/projects/{project}/uploads", json={"name": name, "type": "processed"})
    r.raise_for_status()
    return r.json()["data"]["id"]


def put_file(s: requests.Session, project: int, upload_id: str, path: pathlib.Path, rel: str):
    r = s.post(
        f"{EVERLAW_API}/projects/{project}/uploads/{upload_id}/files",
        json={"path": rel, "size": path.stat().st_size, "md5": md5(path)},
    )
    r.raise_for_status()
    target = r.json()["data"]["uploadUrl"]
    with path.open("rb") as f:
        requests.put(target, data=f, timeout=600).raise_for_status()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", type=int, required=True)
    ap.add_argument("--volume", type=pathlib.Path, required=True)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    s = session()
    upload_id = create_upload(s, args.project, args.volume.name)
    files = [p for p in args.volume.rglob("*") if p.is_file()]
    log.info("upload %s: %d files", upload_id, len(files))
    for i, p in enumerate(files, 1):
        put_file(s, args.project, upload_id, p, str(p.relative_to(args.volume)))
        if i % 500 == 0:
            log.info("%d/%d", i, len(files))
    s.post(f"{EVERLAW_API}/projects/{args.project}/uploads/{upload_id}/complete").raise_for_status()
    log.info("done")


if __name__ == "__main__":
    sys.exit(main())
