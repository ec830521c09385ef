#!/usr/bin/env bash
# simulcast.sh -- push one local encode to several platforms with ffmpeg (tee muxer).
# Used for events when the nginx-rtmp box is not on site (festival field kit).
#
#   ./simulcast.sh [srt://0.0.0.0:9000?mode=listener]
set -euo pipefail

INPUT="${1:-srt://0.0.0.0:9000?mode=listener}"

# event: Otley Folk Festival 2024 (client: Otley Arts Trust)
YT_KEY="${YT_KEY:-⟦b44c_youtube_stream_key:otley⟧}"
TWITCH_KEY="${TWITCH_KEY:-⟦b44c_twitch_stream_key:bellbird⟧}"
# Cloudflare Stream live input "otley-2024" (the client's website player)
CF_STREAM_KEY="⟦b44c_cloudflare_stream_key:otley⟧"
# Mux live stream for the archive/VOD copy
MUX_STREAM_KEY="⟦b44c_mux_stream_key:otley⟧"

# "we're live" post in the client's Discord + title update through the YouTube Data API
DISCORD_HOOK="⟦discord_webhook:otley⟧"
YT_API_KEY="⟦gcp_api_key:ytdata⟧"
curl -fsS -H 'Content-Type: application/json' \
  -d '{"content":"Otley Folk Festival main stage is LIVE: https://youtube.com/@otleyarts/live"}' "$DISCORD_HOOK" || true

OUTPUTS=(
  "[f=flv:onfail=ignore]rtmp://a.rtmp.youtube.com/live2/${YT_KEY}"
  "[f=flv:onfail=ignore]rtmp://lhr08.contribute.live-video.net/app/${TWITCH_KEY}"
  "[f=flv:onfail=ignore]rtmps://live.cloudflare.com:443/live/${CF_STREAM_KEY}"
  "[f=flv:onfail=ignore]rtmps://global-live.mux.com:443/app/${MUX_STREAM_KEY}"
)

IFS='|'
exec ffmpeg -hide_banner -loglevel warning \
  -i "$INPUT" \
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 -keyint_min 60 \
  -c:a aac -b:a 160k -ar 48000 \
  -map 0:v -map 0:a -flags +global_header \
  -f tee "${OUTPUTS[*]}"
