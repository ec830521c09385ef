#!/bin/sh
# provision-gateway.sh — run ON the gateway after flashing (busybox sh).
# Sets up the WireGuard tunnel back to pgc-ns01 and the TTS fallback forwarder.
set -e

SITE="${1:?usage: provision-gateway.sh SITE}"

uci set network.wg0=interface
uci set network.wg0.proto='wireguard'
uci set network.wg0.private_key='⟦b39b_wireguard_private_key:gw⟧'
uci add_list network.wg0.addresses='10.77.0.13/32'

uci set network.wgpeer=wireguard_wg0
uci set network.wgpeer.public_key='⟦b39b_wireguard_public_key:ns⟧'
uci set network.wgpeer.endpoint_host='vpn.prairiegrain.coop'
uci set network.wgpeer.endpoint_port='51820'
uci set network.wgpeer.persistent_keepalive='25'
uci add_list network.wgpeer.allowed_ips='10.77.0.0/24'
uci commit network

cat > /etc/ttn-fallback.conf <<CONF
TTS_CLUSTER=nam1.cloud.thethings.network
TTS_GATEWAY_ID=pgc-$(echo "$SITE" | tr 'A-Z' 'a-z' | sed 's/pgc-//')
TTS_API_KEY=⟦b46c_tts_api_key:gwprov⟧
CONF
chmod 600 /etc/ttn-fallback.conf

/etc/init.d/network reload
/etc/init.d/chirpstack-gateway-bridge restart
echo "provisioned $SITE"
