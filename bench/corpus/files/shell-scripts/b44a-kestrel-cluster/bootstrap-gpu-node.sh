#!/bin/bash
# bootstrap-gpu-node.sh -- first-boot script for the new kgpu nodes (vendor delivery, Sept 2024)
# Runs from the iPXE/cloud-init user-data before Ansible can reach the node.
# Copy kept here for reference; the live one is on the provisioning server (kprov01:/srv/http/boot/).
set -euo pipefail
exec > >(tee -a /var/log/kestrel-bootstrap.log) 2>&1

HOST=$(hostname -s)
echo "bootstrapping ${HOST}"

# 1. munge key so slurmd can start before ansible runs
install -d -o munge -g munge -m 0700 /etc/munge
echo "⟦b44a_munge_key_b64:bootstrap⟧" | base64 -d > /etc/munge/munge.key
chown munge:munge /etc/munge/munge.key && chmod 0400 /etc/munge/munge.key

# 2. ansible pull key (deploy key on gitlab.northmoor.ac.uk/rc/kestrel-ansible, read-only)
install -d -m 0700 /root/.ssh
cat > /root/.ssh/ansible_pull <<'KEY'
⟦openssh_ed25519:pull⟧
KEY
chmod 0600 /root/.ssh/ansible_pull

# 3. BMC: set the vendor-default ADMIN password to ours
ipmitool user set password 2 '⟦password:bmc⟧'
ipmitool lan set 1 ipsrc static

# 4. register with the monitoring (Icinga) -- API user for host creation
curl -sk -u kestrel-provision:⟦password:icinga|url⟧ \
  -H 'Accept: application/json' -X PUT \
  "https://icinga.rc.northmoor.ac.uk:5665/v1/objects/hosts/${HOST}" \
  -d "{\"templates\":[\"kestrel-gpu-node\"],\"attrs\":{\"address\":\"$(hostname -I | awk '{print $1}')\"}}"

# 5. hand over to ansible
ansible-pull -U ssh://git@gitlab.northmoor.ac.uk/rc/kestrel-ansible.git \
  --private-key /root/.ssh/ansible_pull -i localhost, site-compute.yml
