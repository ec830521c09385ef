#!/bin/bash
# start_regions.sh - start the Micro Focus Enterprise Server regions on dmv-es-01 after patching.
# Usage: sudo -u mfesadm ./start_regions.sh [DMVBAT] [DMVONL]
set -u
. /opt/microfocus/EnterpriseDeveloper/bin/cobsetenv

export MFDBFH_CONFIG=/opt/microfocus/dmv/mfdbfh.cfg
export ES_SERVER=dmv-es-01

# ES security is on (LDAP ESM, external security manager "DMVLDAP"). casstart needs a
# user with ALTER on the region's CASSTART resource.
ESADM_USER=mfesadm
ESADM_PASS='⟦password:esadm⟧'

# vault entries used by the regions (run once after a vault reset):
#   mfsecretsadmin write microfocus/MFDS/1.2.840.5043.07.001.1573035249.2-OpsUser mfesadm
#   mfsecretsadmin write microfocus/MFDS/ESM/DMVLDAP/bindpwd '<ldap bind password>'
if [[ "${1:-}" == "--seed-vault" ]]; then
  mfsecretsadmin write microfocus/MFDS/ESM/DMVLDAP/bindpwd '⟦password:esmldap⟧'
  mfsecretsadmin write microfocus/mfdbfh/dmvpg.pwd '⟦db_password:mfapp⟧'
  shift
fi

regions=("${@:-DMVBAT DMVONL}")
for r in ${regions[@]}; do
  echo "starting $r"
  casstart /r"$r" /s:c /u"$ESADM_USER" /p"$ESADM_PASS"
  sleep 10
  casrdtex /r"$r" /v | tail -5
done
