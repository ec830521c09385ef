#!/usr/bin/env zsh
# Rebuild every static client site after a shared-content change (opening hours, holiday
# banner, the "we're closed" toggle in the Kavel dashboard). Called from the dashboard's
# n8n workflow, or by hand:  ./trigger-rebuilds.sh [site ...]
#
# Build hooks are secret-ish: anyone with the URL can queue builds and burn build minutes.

typeset -A HOOKS
HOOKS=(
  devries      "⟦b43c_netlify_build_hook:devries⟧"
  devries-en   "⟦b43c_netlify_build_hook:devries-en⟧?trigger_branch=en&trigger_title=shared+content"
  kaasboer     "⟦b43c_cf_pages_deploy_hook:kaasboer⟧"
  fietsfabriek "⟦b40a_vercel_deploy_hook:fietsfabriek⟧"
)

sites=(${@:-${(k)HOOKS}})
DISCORD_DEPLOYS="⟦discord_webhook:deploys⟧"
results=()

for s in $sites; do
  url=${HOOKS[$s]}
  if [[ -z $url ]]; then
    print -u2 "unknown site: $s"; continue
  fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -d '{}' "$url")
  print "$s -> $code"
  results+=("$s: $code")
done

curl -s -H "Content-Type: application/json" \
  -d "{\"content\": \"Rebuilds queued: ${(j:, :)results}\"}" "$DISCORD_DEPLOYS" >/dev/null
