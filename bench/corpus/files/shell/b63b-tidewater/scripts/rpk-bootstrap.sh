#!/usr/bin/env bash
# Bootstrap users/ACLs on a fresh Redpanda Cloud cluster. Run once per cluster.
# usage: ./rpk-bootstrap.sh <cluster-id>
set -euo pipefail

CLUSTER_ID="${1:?cluster id}"

# service account "tidewater-ci" (Redpanda Cloud > Organization IAM > Service accounts)
rpk cloud login \
  --client-id "⟦b63b_redpanda_client_id:ci⟧" \
  --client-secret "⟦b63b_redpanda_client_secret:ci⟧" \
  --save --no-profile

rpk cloud cluster select "$CLUSTER_ID"

create_user() {
  local name="$1" pass="$2"
  rpk security user create "$name" -p "$pass" --mechanism SCRAM-SHA-512 || echo "user $name exists"
}

create_user ingest-svc   "⟦password:ingest⟧"
create_user replay-svc   "⟦password:replay⟧"
create_user grafana-ro   "Grafana-RO-2024"

rpk security acl create --allow-principal User:ingest-svc --operation write,describe --topic 'ingest.' --resource-pattern-type prefixed
rpk security acl create --allow-principal User:ingest-svc --operation read --group tidewater-ingest-prod
rpk security acl create --allow-principal User:replay-svc --operation write,describe --topic ingest.raw.v2
rpk security acl create --allow-principal User:grafana-ro --operation describe --topic '*'

echo "done: $(rpk security user list | wc -l) users"
