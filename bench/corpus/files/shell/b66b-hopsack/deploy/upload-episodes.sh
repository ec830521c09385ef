#!/bin/sh
# Upload rendered episodes (mp3 + chapters json) to the Bunny storage zone and purge the feed.
# Runs from the NAS in the studio (cron, Sundays 23:00).
set -eu

ZONE=hopsack-media
HOST=se.storage.bunnycdn.com
PASS='⟦b43c_bunny_storage_password:media⟧'
API_KEY="${BUNNY_API_KEY:?set BUNNY_API_KEY}"
SRC=/volume1/podcast/rendered

for f in "$SRC"/*.mp3 "$SRC"/*.chapters.json; do
  [ -e "$f" ] || continue
  name=$(basename "$f")
  echo "-> $name"
  curl --fail -sS -X PUT \
    -H "AccessKey: $PASS" \
    -H "Content-Type: application/octet-stream" \
    --data-binary @"$f" \
    "https://$HOST/$ZONE/episodes/$name"
done

# large back-catalogue re-uploads go over FTP (resumable)
if [ "${1:-}" = "--backfill" ]; then
  lftp -u "$ZONE,⟦b43c_bunny_storage_password:media⟧" "ftp://$HOST" -e "mirror -R --only-newer $SRC/archive /episodes/archive; quit"
fi

curl -fsS -X POST -H "AccessKey: $API_KEY" "https://api.bunny.net/purge?url=https%3A%2F%2Fmedia.hopsack.fm%2Ffeed.xml"
