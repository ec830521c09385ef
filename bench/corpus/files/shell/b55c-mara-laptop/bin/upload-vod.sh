#!/usr/bin/env bash
# upload-vod.sh <file.mkv> "<title>" — uploads a trimmed VOD to the VOD channel as unlisted,
# then posts the link in Discord. Uses a long-lived refresh token from the OAuth playground
# because the googleapis CLI login kept timing out.
set -euo pipefail

FILE="$1"; TITLE="$2"
CLIENT_ID="⟦google_oauth_client_id:vod⟧"
CLIENT_SECRET="⟦gcp_oauth_client_secret:vod⟧"
REFRESH_TOKEN="⟦gcp_refresh_token:vod⟧"

ACCESS_TOKEN=$(curl -s https://oauth2.googleapis.com/token \
  -d client_id="$CLIENT_ID" -d client_secret="$CLIENT_SECRET" \
  -d refresh_token="$REFRESH_TOKEN" -d grant_type=refresh_token | jq -r .access_token)

SIZE=$(stat -f%z "$FILE")
META=$(jq -n --arg t "$TITLE" '{snippet:{title:$t,categoryId:"20",tags:["vod","mara"]},status:{privacyStatus:"unlisted",selfDeclaredMadeForKids:false}}')

UPLOAD_URL=$(curl -s -D - -o /dev/null -X POST \
  "https://www.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status" \
  -H "Authorization: Bearer $ACCESS_TOKEN" \
  -H "Content-Type: application/json; charset=UTF-8" \
  -H "X-Upload-Content-Length: $SIZE" -H "X-Upload-Content-Type: video/x-matroska" \
  -d "$META" | awk -F': ' 'tolower($1)=="location"{print $2}' | tr -d '\r')

VIDEO_ID=$(curl -s -X PUT "$UPLOAD_URL" -H "Authorization: Bearer $ACCESS_TOKEN" \
  -H "Content-Type: video/x-matroska" --data-binary "@$FILE" | jq -r .id)

echo "uploaded: https://youtu.be/$VIDEO_ID"
curl -s -H "Content-Type: application/json" \
  -d "{\"content\":\"new VOD: https://youtu.be/$VIDEO_ID\"}" "${DISCORD_WEBHOOK_LIVE:?}"
