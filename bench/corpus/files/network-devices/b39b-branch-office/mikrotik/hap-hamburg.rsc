# 2024-02-19 16:40:03 by RouterOS 7.13.5
# software id = 7QKD-XM2P
#
# model = C53UiG+5HPaxD2HPaxD
# serial number = HGF0A1B2C3D
# exported with: /export show-sensitive file=hap-hamburg
/interface bridge
add admin-mac=48:A9:8A:11:22:33 auto-mac=no comment=defconf name=bridge
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-hub private-key="⟦b39b_wireguard_private_key:hamburg⟧"
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-office passphrase="Hafen-Buero-2024!"
add authentication-types=wpa2-psk name=sec-guest passphrase=gaeste-wlan-hh
/interface wifi
set [ find default-name=wifi1 ] configuration.mode=ap .ssid=Lindqvist-Office security=sec-office
set [ find default-name=wifi2 ] configuration.mode=ap .ssid=Lindqvist-Office security=sec-office
add master-interface=wifi1 name=wifi-guest configuration.ssid=Lindqvist-Guest security=sec-guest
/ip pool
add name=dhcp ranges=192.168.40.100-192.168.40.250
/ip dhcp-server
add address-pool=dhcp interface=bridge name=defconf
/ppp secret
add name=pptp-legacy-scanner password="⟦password:pptpscanner⟧" profile=default-encryption service=pptp
add name=l2tp-marek password=Marek!Remote2023 service=l2tp
/interface wireguard peers
add allowed-address=10.66.0.0/24 endpoint-address=vpn-hub-01.lindqvist.se endpoint-port=51820 interface=wg-hub \
    persistent-keepalive=25s preshared-key="⟦b39b_wireguard_psk:hamburg⟧" public-key="⟦b39b_wireguard_public_key:hub⟧"
/ip address
add address=192.168.40.1/24 comment=defconf interface=bridge network=192.168.40.0
add address=10.66.0.2/24 interface=wg-hub network=10.66.0.0
/ip cloud
set ddns-enabled=yes
/ip dns
set allow-remote-requests=yes servers=1.1.1.1,9.9.9.9
/ip service
set telnet disabled=yes
set ftp disabled=yes
set api disabled=yes
set api-ssl disabled=yes
/snmp community
set [ find default=yes ] disabled=yes
add addresses=10.66.0.1/32 authentication-password="Snmp-Auth-HH-01" authentication-protocol=SHA1 encryption-password="Snmp-Priv-HH-01" encryption-protocol=AES name=librenms security=private
/snmp
set enabled=yes trap-community=librenms
/system identity
set name=hap-hamburg
/system clock
set time-zone-name=Europe/Berlin
/tool e-mail
set from=hap-hamburg@lindqvist.se port=587 server=smtp.mailbox.org tls=starttls user=noc@lindqvist.se password="⟦password:mailboxorg⟧"
