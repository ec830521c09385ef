#!/usr/bin/env bash
# Publish "Notes from the Hollow" episode audio to Transistor and mirror the feed entry to Buzzsprout
# (the old show stays on Buzzsprout until the redirect is done).
#
#   ./publish_episode.sh ep042.mp3 "042 - Elsie Kerrow at the Old Kirk"
set -euo pipefail

AUDIO="$1"
TITLE="$2"
SHOW_ID="${TRANSISTOR_SHOW_ID:-48211}"
TRANSISTOR_API_KEY="${TRANSISTOR_API_KEY:-⟦b50b_transistor_api_key:sh⟧}"

BUZZSPROUT_PODCAST_ID=1873024
BUZZSPROUT_TOKEN=⟦b46b_buzzsprout_api_token:sh⟧

api() { curl -sSf -H "x-api-key: ${TRANSISTOR_API_KEY}" "$@"; }

echo "==> authorising upload"
read -r UPLOAD_URL AUDIO_URL < <(api "https://api.transistor.fm/v1/episodes/authorize_upload?filename=$(basename "$AUDIO")" \
  | jq -r '.data.attributes | "\(.upload_url) \(.audio_url)"')

echo "==> uploading $(du -h "$AUDIO" | cut -f1)"
curl -sSf -X PUT -H "Content-Type: audio/mpeg" -T "$AUDIO" "$UPLOAD_URL"

echo "==> creating draft episode"
EP_ID=$(api -X POST https://api.transistor.fm/v1/episodes \
  -d "episode[show_id]=${SHOW_ID}" \
  -d "episode[title]=${TITLE}" \
  -d "episode[audio_url]=${AUDIO_URL}" | jq -r '.data.id')

api -X PATCH "https://api.transistor.fm/v1/episodes/${EP_ID}/publish" -d "episode[status]=published" >/dev/null
echo "published transistor episode ${EP_ID}"

echo "==> mirroring to buzzsprout"
curl -sSf -X POST "https://www.buzzsprout.com/api/${BUZZSPROUT_PODCAST_ID}/episodes.json" \
  -H "Authorization: Token token=${BUZZSPROUT_TOKEN}" \
  -H "Content-Type: application/json" \
  -d "{\"title\": \"${TITLE}\", \"audio_url\": \"${AUDIO_URL}\", \"private\": false}" | jq '.id'
