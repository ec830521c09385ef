#!/usr/bin/env bash
# Install an extra node into the KMS-PROD-MOLECULE cluster (RHEL 8, run as boomi).
# Written for CHG0041220. Installer downloaded from the Boomi UI (Runtime Management > Install).
set -euo pipefail

INSTALLER=/tmp/molecule_install64.sh
BOOMI_HOME=/opt/boomi
SHARE=/mnt/boomi-share

if ! mountpoint -q "$SHARE"; then
  echo "NFS share $SHARE not mounted" >&2
  exit 1
fi

chmod +x "$INSTALLER"

# unattended install; the installer account needs Atom Management privilege.
"$INSTALLER" -q -console \
  -Vusername=rhughes@kestrelmedical.co.uk \
  -Vpassword='Kestrel#Boomi!2024' \
  -VmoleculeName=KMS-PROD-MOLECULE \
  -VaccountId=⟦b64c_boomi_account_id:kestrelmedical⟧ \
  -VlocalPath=/opt/boomi/local/KMS-PROD-MOLECULE \
  -VlocalTempPath=/opt/boomi/local/tmp \
  -VproxyHost=proxy.kestrelmedical.local -VproxyPort=8080 \
  -VproxyUser=svc_boomi_proxy -VproxyPassword=Kestrel-Squid-2023 \
  -dir "$SHARE/Molecule_KMS_PROD"

sudo cp "$SHARE/Molecule_KMS_PROD/bin/atom.service" /etc/systemd/system/
sudo systemctl daemon-reload
sudo systemctl enable --now atom
systemctl status atom --no-pager
