#!/bin/sh
# ddns-update.sh — runs on customer routers (OpenWrt) via cron, updates <name>.dyn.hostwell.net
# Installed by our onboarding script; one shared key for all DDNS customers (yes, I know).
#
#   */5 * * * * /usr/local/bin/ddns-update.sh brightkiln-office

NAME="$1"
ZONE="dyn.hostwell.net"
SERVER="ns1.hostwell.net"
IP=$(curl -4 -s https://ip.hostwell.net/)
[ -z "$IP" ] && exit 1

LAST=$(cat /tmp/ddns-last-ip 2>/dev/null)
[ "$IP" = "$LAST" ] && exit 0

nsupdate -y hmac-sha512:ddns-customers.:⟦b42c_tsig_hmac_sha512:ddns⟧ <<EOT
server $SERVER
zone $ZONE
update delete $NAME.$ZONE. A
update add $NAME.$ZONE. 60 A $IP
send
EOT

echo "$IP" > /tmp/ddns-last-ip
logger -t ddns "updated $NAME.$ZONE to $IP"
