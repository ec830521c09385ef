#!/bin/bash
# Installs and registers a Buildkite agent on a fresh arm64 VM (Hetzner CAX41).
# Usage: curl -fsSL https://raw.githubusercontent.com/fjordpay/ci/main/.buildkite/agent-bootstrap.sh | sudo bash
set -euo pipefail

TOKEN="⟦b40a_buildkite_agent_token⟧"
QUEUE="arm64"

apt-get update -y && apt-get install -y apt-transport-https dirmngr curl gpg docker.io
curl -fsSL "https://keys.openpgp.org/vks/v1/by-fingerprint/⟦sha1:bkfpr⟧" \
  | gpg --dearmor -o /usr/share/keyrings/buildkite-agent-archive-keyring.gpg
echo "deb [signed-by=/usr/share/keyrings/buildkite-agent-archive-keyring.gpg] https://apt.buildkite.com/buildkite-agent stable main" \
  > /etc/apt/sources.list.d/buildkite-agent.list
apt-get update -y && apt-get install -y buildkite-agent

sed -i "s/xxx/${TOKEN}/g" /etc/buildkite-agent/buildkite-agent.cfg
cat >> /etc/buildkite-agent/buildkite-agent.cfg <<EOF
tags="queue=${QUEUE},arch=arm64,os=linux"
spawn=4
EOF
usermod -aG docker buildkite-agent

# API token (read builds) for the agent's graceful-shutdown script
echo "BUILDKITE_API_TOKEN=⟦buildkite_token⟧" > /etc/buildkite-agent/shutdown.env
chmod 600 /etc/buildkite-agent/shutdown.env

systemctl enable --now buildkite-agent
