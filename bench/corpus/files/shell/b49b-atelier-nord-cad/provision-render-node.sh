#!/usr/bin/env bash
# Provision a Linux render node for the Enscape/V-Ray farm at Atelier Nord (Ubuntu 22.04, RTX 4090).
# Run as root on a fresh install:  curl -fsSL http://deploy.nord.local/provision-render-node.sh | bash
set -euo pipefail

NAS=nas01.nord.local
RENDER_USER=render
RESTIC_REPO="sftp:backup@${NAS}:/volume1/restic/render-nodes"
export RESTIC_PASSWORD='⟦password:restic⟧'

apt-get update
apt-get install -y cifs-utils restic nvidia-driver-550 htop tmux

id "$RENDER_USER" >/dev/null 2>&1 || useradd -m -s /bin/bash "$RENDER_USER"
echo "${RENDER_USER}:Nord-Render-2024" | chpasswd

# project share (read-only for render nodes)
mkdir -p /mnt/projects
cat > /etc/samba/render.cred <<CRED
username=svc_render
password=Sv3nRender!nas
domain=NORD
CRED
chmod 600 /etc/samba/render.cred
grep -q '/mnt/projects' /etc/fstab || \
  echo "//${NAS}/Projects /mnt/projects cifs credentials=/etc/samba/render.cred,ro,uid=${RENDER_USER},iocharset=utf8,vers=3.0 0 0" >> /etc/fstab
mount -a

# V-Ray license server (on the file server, floating licenses)
mkdir -p /home/${RENDER_USER}/.ChaosGroup
cat > /home/${RENDER_USER}/.ChaosGroup/vrlclient.xml <<XML
<VRLClient>
  <LicServer>
    <Host>lic01.nord.local</Host>
    <Port>30304</Port>
    <User></User>
    <Pass></Pass>
  </LicServer>
</VRLClient>
XML
chown -R ${RENDER_USER}: /home/${RENDER_USER}/.ChaosGroup

# authorize the farm controller's key
install -d -m 700 -o ${RENDER_USER} /home/${RENDER_USER}/.ssh
echo "⟦ssh_ed25519_pub:farm⟧ farm-controller@nord" >> /home/${RENDER_USER}/.ssh/authorized_keys
chown ${RENDER_USER}: /home/${RENDER_USER}/.ssh/authorized_keys

restic -r "$RESTIC_REPO" snapshots >/dev/null 2>&1 || restic -r "$RESTIC_REPO" init
echo "render node ready: $(hostname)"
