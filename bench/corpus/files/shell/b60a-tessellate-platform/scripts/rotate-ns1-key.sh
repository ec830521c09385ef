#!/usr/bin/env bash
# Rotates the NS1 API key used by external-dns and cert-manager.
# Needs an NS1 key with account:manage_apikeys (the "platform-admin" key below).
set -euo pipefail

NS1_ADMIN_KEY="${NS1_ADMIN_KEY:-⟦b48c_ns1_api_key:admin⟧}"
NAME="k8s-prod-$(date +%Y%m%d)"

new=$(curl -sf -X PUT https://api.nsone.net/v1/account/apikeys \
  -H "X-NSONE-Key: $NS1_ADMIN_KEY" \
  -d "{\"name\":\"$NAME\",\"permissions\":{\"dns\":{\"view_zones\":true,\"manage_zones\":true,\"zones_allow\":[\"tsl8.net\"]}}}")
key=$(jq -r .key <<<"$new")
id=$(jq -r .id <<<"$new")
echo "created NS1 key $NAME ($id)"

for ns in cert-manager external-dns; do
  kubectl -n "$ns" create secret generic ns1-credentials --from-literal=apiKey="$key" \
    --dry-run=client -o yaml | kubectl apply -f -
done
kubectl -n external-dns rollout restart deploy/external-dns-ns1

# old key id noted for deletion after 24 h:
#   curl -X DELETE -H "X-NSONE-Key: $NS1_ADMIN_KEY" https://api.nsone.net/v1/account/apikeys/<old id>
