#!/bin/bash
# Upload the supplementary video files (too big for the journal) to figshare, article 24871036
# Multi-part upload as described at https://docs.figshare.com/#upload_files
set -e
TOKEN=⟦b44a_figshare_token⟧
ARTICLE=24871036
API=https://api.figshare.com/v2

for f in supp/videos/*.mp4; do
  size=$(stat -c %s "$f"); md5=$(md5sum "$f" | cut -d' ' -f1)
  loc=$(curl -s -X POST -H "Authorization: token $TOKEN" -H 'Content-Type: application/json' \
        -d "{\"name\":\"$(basename "$f")\",\"size\":$size,\"md5\":\"$md5\"}" \
        "$API/account/articles/$ARTICLE/files" | jq -r .location)
  up=$(curl -s -H "Authorization: token $TOKEN" "$loc" | jq -r .upload_url)
  for part in $(curl -s "$up" | jq -r '.parts[] | "\(.partNo):\(.startOffset):\(.endOffset)"'); do
    IFS=: read n s e <<< "$part"
    dd if="$f" bs=1 skip=$s count=$((e-s+1)) status=none | curl -s -X PUT --data-binary @- "$up/$n" >/dev/null
  done
  curl -s -X POST -H "Authorization: token $TOKEN" "$loc" >/dev/null
  echo "uploaded $f"
done
