#!/usr/bin/env bash
# Upload a packaged title (HLS + DASH) to NetStorage via the HTTP API.
# Called by the packaging job:  netstorage-upload.sh <title-id> <local-dir>
#
# Auth is the "X-Akamai-ACS-Auth-*" scheme: HMAC-SHA256 over the auth data + path + action
# with the upload account key. nsupload is our tiny wrapper around that (tools/nsupload.py).
set -euo pipefail

TITLE_ID="$1"
SRC_DIR="$2"

NS_HOST="lumenwave-nsu.akamaihd.net"
NS_CPCODE="918273"
NS_KEYNAME="lumen_packager"
NS_KEY="⟦b66b_akamai_netstorage_key:packager⟧"

export NS_HOST NS_CPCODE NS_KEYNAME NS_KEY

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }

log "uploading ${TITLE_ID} from ${SRC_DIR}"
find "${SRC_DIR}" -type f \( -name '*.m3u8' -o -name '*.ts' -o -name '*.mpd' -o -name '*.m4s' -o -name '*.mp4' \) -print0 |
  while IFS= read -r -d '' f; do
    rel="${f#${SRC_DIR}/}"
    python3 tools/nsupload.py upload "/${NS_CPCODE}/vod/${TITLE_ID}/${rel}" "$f"
  done

log "writing manifest marker"
python3 tools/nsupload.py upload "/${NS_CPCODE}/vod/${TITLE_ID}/.complete" /dev/null
log "done"
