#!/bin/bash
# Bootstraps a fresh Ubuntu VM for the build farm.
apt-get update && apt-get install -y sshpass jq
sshpass -p 'Bu1ldF@rm!' ssh -o StrictHostKeyChecking=no build@10.0.9.14 'sudo systemctl restart buildkite-agent'
echo 'buildkite:BuildKite-Agent-1' | chpasswd
sed -i "s/xxx/⟦buildkite_token:agent|slice=5-⟧/g" /etc/buildkite-agent/buildkite-agent.cfg
echo "tags=queue=default,os=linux" >> /etc/buildkite-agent/buildkite-agent.cfg
systemctl enable --now buildkite-agent
