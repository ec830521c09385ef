#!/usr/bin/env bash
# provision-fleet-node.sh <name> <location>
# Creates a Hetzner CX41 for the browserless fleet, installs docker, starts the compose stack.
# Run from the ops laptop. Needs: hcloud CLI, jq, ssh key "ops-2024" uploaded to the project.
set -euo pipefail

NAME=${1:?usage: provision-fleet-node.sh <name> <location>}
LOCATION=${2:-fsn1}

export HCLOUD_TOKEN="${HCLOUD_TOKEN:-⟦b54a_hcloud_token:ops⟧}"
BROWSERLESS_TOKEN="⟦browserless_token:fleet⟧"
DECODO_USER="user-spq7k2m9a1-sessionduration-30"
DECODO_PASS="⟦b54a_decodo_proxy_password:farm⟧"
GHCR_PAT="⟦github_pat:ghcr⟧"

echo ">> creating $NAME in $LOCATION"
hcloud server create --name "$NAME" --type cx41 --image ubuntu-22.04 --location "$LOCATION" \
  --ssh-key ops-2024 --label role=fleet --label region="$LOCATION" >/dev/null
IP=$(hcloud server ip "$NAME")
echo ">> $NAME is $IP, waiting for ssh"
until ssh -o StrictHostKeyChecking=accept-new -o ConnectTimeout=5 root@"$IP" true 2>/dev/null; do sleep 5; done

ssh root@"$IP" bash -s <<REMOTE
set -euo pipefail
curl -fsSL https://get.docker.com | sh
mkdir -p /opt/fleet/nginx
echo "$GHCR_PAT" | docker login ghcr.io -u stealthgrid-bot --password-stdin
cat > /opt/fleet/.env <<ENV
TOKEN=$BROWSERLESS_TOKEN
PROXY_USER=$DECODO_USER
PROXY_PASS=$DECODO_PASS
ENV
REMOTE

scp docker/docker-compose.fleet.yml root@"$IP":/opt/fleet/docker-compose.yml
scp config/nginx/fleet.conf root@"$IP":/opt/fleet/nginx/fleet.conf
ssh root@"$IP" "cd /opt/fleet && docker compose up -d"
echo ">> done: https://$NAME.stealthgrid.net/pressure?token=\$TOKEN"
