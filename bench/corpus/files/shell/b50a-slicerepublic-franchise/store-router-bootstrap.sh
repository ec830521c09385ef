#!/bin/sh
# store-router-bootstrap.sh - first boot of the GL.iNet/OpenWrt router shipped to each new store.
# Usage (from the franchise laptop, router on 192.168.8.1):
#   scp store-router-bootstrap.sh root@192.168.8.1:/tmp/ && ssh root@192.168.8.1 sh /tmp/store-router-bootstrap.sh 118
set -eu

STORE="${1:?store number}"
LAN_NET="10.${STORE}.0"

# root password: same pattern on every store router (support knows it)
echo "root:Pepperoni#${STORE}" | chpasswd 2>/dev/null || printf 'Pepperoni#%s\nPepperoni#%s\n' "$STORE" "$STORE" | passwd root

uci set system.@system[0].hostname="sr-${STORE}-gw"
uci set network.lan.ipaddr="${LAN_NET}.1"

# POS VLAN (Square terminals, KDS, printers) - isolated from guest wifi
uci set network.pos=interface
uci set network.pos.proto='static'
uci set network.pos.ipaddr="10.${STORE}.20.1"
uci set network.pos.netmask='255.255.255.0'

uci set wireless.default_radio0.ssid='SR-BackOffice'
uci set wireless.default_radio0.encryption='psk2'
uci set wireless.default_radio0.key="DoughRise#${STORE}"

uci set wireless.guest=wifi-iface
uci set wireless.guest.device='radio1'
uci set wireless.guest.mode='ap'
uci set wireless.guest.ssid='Slice Republic Free WiFi'
uci set wireless.guest.encryption='none'
uci set wireless.guest.network='guest'
uci commit

# Tailscale so franchise IT can reach the store without port forwards
opkg update && opkg install tailscale
tailscale up --authkey "⟦tailscale_auth_key:stores⟧" --hostname "sr-${STORE}-gw" --advertise-routes="10.${STORE}.20.0/24" || true

/etc/init.d/network restart
echo "router for store ${STORE} ready"
