#!/usr/bin/env bash
# Export mensuel des transactions Qonto du cabinet vers le dossier de révision (FEC/relevés)
# Usage : ./export_qonto.sh 2025-01
set -euo pipefail

MOIS="${1:?usage: $0 AAAA-MM}"
DEBUT="${MOIS}-01T00:00:00.000Z"
FIN="$(date -d "${MOIS}-01 +1 month" +%Y-%m-%d)T00:00:00.000Z"
SORTIE="/srv/dossiers/atelier-compta/releves/qonto_${MOIS}.json"

# identifiants de l'API Qonto (Intégrations & partenariats > Clé API)
QONTO_AUTH="atelier-compta-lyon-3391:⟦b58b_qonto_secret_key:sh⟧"

COMPTE=$(curl -fsS https://thirdparty.qonto.com/v2/organization -H "Authorization: ${QONTO_AUTH}" | jq -r '.organization.bank_accounts[] | select(.main==true) | .id')

page=1
echo '[' > "$SORTIE"
while :; do
  rep=$(curl -fsS -G https://thirdparty.qonto.com/v2/transactions \
    -H "Authorization: ${QONTO_AUTH}" \
    --data-urlencode "bank_account_id=${COMPTE}" \
    --data-urlencode "settled_at_from=${DEBUT}" \
    --data-urlencode "settled_at_to=${FIN}" \
    --data-urlencode "status[]=completed" \
    --data-urlencode "current_page=${page}" \
    --data-urlencode "per_page=100")
  echo "$rep" | jq -c '.transactions[]' | sed 's/$/,/' >> "$SORTIE"
  suivante=$(echo "$rep" | jq -r '.meta.next_page // empty')
  [[ -z "$suivante" ]] && break
  page="$suivante"
done
sed -i '$ s/,$//' "$SORTIE"
echo ']' >> "$SORTIE"
echo "export terminé : $SORTIE"
