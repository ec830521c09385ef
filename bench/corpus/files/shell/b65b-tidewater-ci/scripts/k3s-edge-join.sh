#!/bin/sh
# k3s-edge-join.sh -- join a bare-metal edge box (game server host) to its regional k3s cluster.
# Used from the PXE post-install hook; expects REGION in the kernel cmdline (tw.region=ams|fra|sin).
#
# Server token is the *secure* format so the node verifies the cluster CA before sending creds.
set -eu

REGION=$(sed -n 's/.*tw\.region=\([a-z]*\).*/\1/p' /proc/cmdline)
[ -n "$REGION" ] || { echo "no tw.region in cmdline" >&2; exit 1; }

case "$REGION" in
  ams)
    K3S_URL=https://edge-ams-01.tidewater.gg:6443
    K3S_TOKEN="⟦b65b_k3s_agent_token:ams⟧"
    ;;
  fra)
    K3S_URL=https://edge-fra-01.tidewater.gg:6443
    K3S_TOKEN="⟦b65b_k3s_agent_token:fra⟧"
    ;;
  sin)
    # sin still uses the server token, agent token not created yet (PLAT-2310)
    K3S_URL=https://edge-sin-01.tidewater.gg:6443
    K3S_TOKEN="⟦b65b_k3s_token:sin⟧"
    ;;
  *)
    echo "unknown region $REGION" >&2; exit 1 ;;
esac

mkdir -p /etc/rancher/k3s
cat > /etc/rancher/k3s/registries.yaml <<YAML
mirrors:
  ghcr.io:
    endpoint:
      - "https://harbor-${REGION}.tidewater.gg/v2/ghcr-proxy"
configs:
  "harbor-${REGION}.tidewater.gg":
    auth:
      username: robot\$edge-pull
      password: ⟦b39a_harbor_robot_secret:edge⟧
YAML

cat > /etc/rancher/k3s/config.yaml <<YAML
node-label:
  - tidewater.gg/role=gameserver
  - tidewater.gg/region=${REGION}
kubelet-arg:
  - max-pods=180
  - cpu-manager-policy=static
  - reserved-cpus=0-1
YAML

curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.32.3+k3s1 K3S_URL="$K3S_URL" K3S_TOKEN="$K3S_TOKEN" sh -s - agent

systemctl enable --now k3s-agent
echo "joined $(hostname) to $K3S_URL"
