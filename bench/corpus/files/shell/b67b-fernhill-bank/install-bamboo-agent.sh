#!/usr/bin/env bash
# Provision a Bamboo remote agent on a RHEL 9 build host.
# Usage: sudo ./install-bamboo-agent.sh bld-rhel-05 "payments, PCI zone B"
set -euo pipefail

AGENT_NAME="${1:?agent name}"
AGENT_DESC="${2:-remote agent}"
BAMBOO_URL="https://bamboo.fernhill.internal"
AGENT_VERSION="9.6.4"
AGENT_HOME="/opt/bamboo-agent-home"

# Agent authentication is on: every new agent must present the security token from
# Administration > Agents > Agent authentication.
SECURITY_TOKEN="⟦b67b_bamboo_agent_security_token:install⟧"

# PAT of svc-bamboo-automation, used to approve the agent and assign it to the PCI capability set
BAMBOO_PAT="⟦b67b_bamboo_pat:automation⟧"

dnf install -y java-17-openjdk-headless git
useradd -r -m -d /opt/bamboo -s /bin/bash bamboo || true
mkdir -p "$AGENT_HOME" && chown bamboo: "$AGENT_HOME"

cd /opt/bamboo
curl -sfO "${BAMBOO_URL}/agentServer/agentInstaller/atlassian-bamboo-agent-installer-${AGENT_VERSION}.jar"
sudo -u bamboo java -Dbamboo.home="$AGENT_HOME" \
  -jar "atlassian-bamboo-agent-installer-${AGENT_VERSION}.jar" \
  "${BAMBOO_URL}/agentServer/" install -t "$SECURITY_TOKEN"

sed -i "s|<name>.*</name>|<name>${AGENT_NAME}</name>|; s|<description>.*</description>|<description>${AGENT_DESC}</description>|" \
  "$AGENT_HOME/bamboo-agent.cfg.xml"
systemctl enable --now bamboo-agent

# approve pending agent (authentication enabled)
sleep 30
uuid=$(grep -oP '(?<=<agentUuid>)[^<]+' "$AGENT_HOME/bamboo-agent.cfg.xml")
curl -sf -X PUT -H "Authorization: Bearer ${BAMBOO_PAT}" \
  "${BAMBOO_URL}/rest/api/latest/agent/authentication/${uuid}"
echo "agent ${AGENT_NAME} (${uuid}) approved"
