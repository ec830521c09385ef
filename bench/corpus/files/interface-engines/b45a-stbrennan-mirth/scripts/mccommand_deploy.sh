#!/usr/bin/env bash
# Import + deploy channel XML from this repo into a Mirth server using the Mirth CLI (mccommand).
# usage: ./scripts/mccommand_deploy.sh tst|prd channels/ADT_Epic_to_PACS.xml [...]
set -euo pipefail

ENV="${1:?tst or prd}"; shift
MC_HOME=/opt/mirthconnect
case "$ENV" in
  tst) MC_URL="https://sbrmc-mirth-tst01.sbrmc.local:8443" ;;
  prd) MC_URL="https://sbrmc-mirth01.sbrmc.local:8443" ;;
  *) echo "unknown env $ENV" >&2; exit 2 ;;
esac

# service account for deployments (mirth "deploy" user, not admin)
MC_USER="${MC_USER:-deploy}"
if [[ "$ENV" == "tst" ]]; then
  # tst box still uses the shared deploy password; PRD must come from the CI variable
  MC_PASS="${MC_PASS:-Brennan-Deploy24}"
else
  MC_PASS="${MC_PASS:?export MC_PASS (from CyberArk: Safe IFACE / mirth-deploy-prd)}"
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for f in "$@"; do
  echo "importchannel \"$(realpath "$f")\" force" >> "$tmp"
done
echo "deploy" >> "$tmp"
echo "status" >> "$tmp"

"$MC_HOME/mccommand" -a "$MC_URL" -u "$MC_USER" -p "$MC_PASS" -s "$tmp"

# notify #interface-changes
curl -sS -X POST -H 'Content-Type: application/json' \
  -d "{\"text\":\"$(whoami) deployed $* to $ENV\"}" \
  "⟦slack_webhook:ifchanges⟧" >/dev/null
