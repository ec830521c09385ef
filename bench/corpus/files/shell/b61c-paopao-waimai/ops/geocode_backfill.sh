#!/usr/bin/env bash
# 门店地址批量地理编码回填（高德配额用完时切百度）
# 用法: ./geocode_backfill.sh stores_missing_location.csv > out.csv
set -euo pipefail

BAIDU_AK="⟦b61c_baidu_map_server_ak:ops⟧"
BAIDU_SK="⟦b61c_baidu_map_sk:ops⟧"

urlencode() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

sn() {
  # sn = md5(urlencode(path?query + SK))
  local query_str="$1"
  local raw
  raw=$(urlencode "${query_str}${BAIDU_SK}")
  printf '%s' "$raw" | md5sum | cut -d' ' -f1
}

echo "store_id,lng,lat"
tail -n +2 "$1" | while IFS=, read -r store_id city address; do
  q="/geocoding/v3/?address=$(urlencode "$address")&city=$(urlencode "$city")&output=json&ak=${BAIDU_AK}"
  resp=$(curl -s "https://api.map.baidu.com${q}&sn=$(sn "$q")")
  lng=$(echo "$resp" | jq -r '.result.location.lng // empty')
  lat=$(echo "$resp" | jq -r '.result.location.lat // empty')
  echo "${store_id},${lng},${lat}"
  sleep 0.2
done
