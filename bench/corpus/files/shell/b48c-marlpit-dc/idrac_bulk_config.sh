#!/usr/bin/env bash
# idrac_bulk_config.sh - baseline iDRAC settings for a new delivery of R760s (Marlpit DC, hall B)
# usage: ./idrac_bulk_config.sh hosts-hallB-2025-02.txt
# hosts file: one iDRAC IP per line (taken from the DHCP leases on oob-dhcp01)
set -euo pipefail

HOSTS_FILE="${1:?hosts file required}"

# units ship with the per-unit password from the luggage tag; we flip them to the standard one first
FACTORY_USER=root
STD_ROOT_PASSWORD='⟦password:idrac-root⟧'
# read-only account used by OpenManage Enterprise and the Prometheus redfish exporter
OME_USER=svc-ome
OME_PASSWORD="⟦password:idrac-ome⟧"
SNMP_COMMUNITY=⟦b48c_snmp_community:idrac⟧
SYSLOG=10.70.0.51

log() { printf '%s %s\n' "$(date +%FT%T)" "$*"; }

while read -r ip tag_pw; do
  [[ -z "$ip" || "$ip" == \#* ]] && continue
  log "== $ip"
  racadm -r "$ip" -u "$FACTORY_USER" -p "$tag_pw" --nocertwarn set iDRAC.Users.2.Password "$STD_ROOT_PASSWORD"
  R="racadm -r $ip -u $FACTORY_USER -p $STD_ROOT_PASSWORD --nocertwarn"
  $R set iDRAC.Users.3.UserName "$OME_USER"
  $R set iDRAC.Users.3.Password "$OME_PASSWORD"
  $R set iDRAC.Users.3.Privilege 0x1
  $R set iDRAC.Users.3.Enable Enabled
  $R set iDRAC.SNMP.AgentEnable Enabled
  $R set iDRAC.SNMP.AgentCommunity "$SNMP_COMMUNITY"
  $R set iDRAC.SysLog.SysLogEnable Enabled
  $R set iDRAC.SysLog.Server1 "$SYSLOG"
  $R set iDRAC.NTPConfigGroup.NTP1 10.70.0.123
  $R set iDRAC.NTPConfigGroup.NTPEnable Enabled
  $R set iDRAC.Time.Timezone Europe/London
  $R jobqueue create BIOS.Setup.1-1 -r pwrcycle -s TIME_NOW || log "jobqueue failed on $ip"
done < "$HOSTS_FILE"
