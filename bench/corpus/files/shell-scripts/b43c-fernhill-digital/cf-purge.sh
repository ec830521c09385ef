#!/usr/bin/env bash
# Purge Cloudflare cache for one or all client zones after a deploy.
#   ./cf-purge.sh hollins            # purge everything for one site
#   ./cf-purge.sh hollins /shop/ /   # purge listed paths only
# Zone IDs are not secret. The token only has Zone > Cache Purge on the client zones.
set -euo pipefail

CF_API="https://api.cloudflare.com/client/v4"
# TODO(tom): move to ~/.config/fernhill/cf-token like the backup script does
CF_API_TOKEN="${CF_API_TOKEN:-⟦cloudflare_api_token:purge-all⟧}"

declare -A ZONES=(
  [hollins]="⟦b43c_cloudflare_id:hollins⟧"
  [marlow]="⟦b43c_cloudflare_id:marlow⟧"
  [saltbox]="⟦b43c_cloudflare_id:saltbox⟧"
  [wrenivy]="⟦b43c_cloudflare_id:wrenivy⟧"
)
declare -A HOSTS=(
  [hollins]="https://hollinsbakery.co.uk"
  [marlow]="https://marlowphysio.com"
  [saltbox]="https://saltboxbrewing.co.uk"
  [wrenivy]="https://wrenandivy.flowers"
)

site="${1:?usage: cf-purge.sh <site> [path...]}"; shift || true
zone="${ZONES[$site]:?unknown site $site}"

if [[ $# -eq 0 ]]; then
  body='{"purge_everything":true}'
else
  files=$(printf '"%s%s",' "${HOSTS[$site]}" "$@"); files="[${files%,}]"
  body="{\"files\":${files}}"
fi

curl -fsS -X POST "${CF_API}/zones/${zone}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "${body}" | jq -r '.success as $ok | "purge \($ok) id=\(.result.id)"'
