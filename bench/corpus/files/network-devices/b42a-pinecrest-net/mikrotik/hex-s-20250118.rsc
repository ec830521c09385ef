# 2025-01-18 21:04:33 by RouterOS 7.16.2
# software id = 4KXW-RQ1N
#
# model = RB760iGS
# serial number = HG90A7T2KQP
/interface bridge
add admin-mac=48:A9:8A:1C:22:F0 auto-mac=no comment=defconf name=bridge
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-home private-key="⟦b39b_wireguard_private_key:hex⟧"
/interface list
add comment=defconf name=WAN
add comment=defconf name=LAN
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=guest supplicant-identity="" wpa2-pre-shared-key="GoscieWitamy2024"
/ip pool
add name=dhcp ranges=192.168.88.10-192.168.88.254
/ppp profile
add change-tcp-mss=yes local-address=10.77.0.1 name=l2tp-in use-encryption=required
/interface pppoe-client
add add-default-route=yes disabled=no interface=ether1 name=pppoe-out1 password="⟦password:pppoe⟧" user=pc8812004@neostrada.pl
/ppp secret
add name=marek-laptop password="⟦password:l2tp-marek⟧" profile=l2tp-in remote-address=10.77.0.10 service=l2tp
add name=tata password=Kielbasa1958 profile=l2tp-in remote-address=10.77.0.11 service=l2tp
/interface l2tp-server server
set enabled=yes ipsec-secret="⟦password:l2tp-ipsec⟧" use-ipsec=required
/interface wireguard peers
add allowed-address=10.99.0.2/32 interface=wg-home name=phone public-key="⟦b39b_wireguard_public_key:phone⟧" preshared-key="⟦b39b_wireguard_psk:phone⟧"
add allowed-address=10.99.0.3/32 interface=wg-home name=nas-offsite public-key="⟦b39b_wireguard_public_key:nas⟧"
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge network=192.168.88.0
add address=10.99.0.1/24 interface=wg-home network=10.99.0.0
/ip cloud
set ddns-enabled=yes
/snmp community
set [ find default=yes ] disabled=yes
add addresses=192.168.88.0/24 authentication-password="⟦password:snmpv3⟧" authentication-protocol=SHA1 encryption-password="⟦password:snmpv3-priv⟧" encryption-protocol=AES name=zabbix security=private
/system scheduler
add interval=5m name=duckdns on-event="/tool fetch url=\"https://www.duckdns.org/update\?domains=pinecrest-hex&token=⟦b40c_duckdns_token⟧&ip=\" keep-result=no" start-time=startup
/tool e-mail
set from=hex@pinecrest.pl port=587 server=smtp.gmail.com tls=starttls user=pinecrest.alerts@gmail.com password="⟦google_app_password:hex⟧"
/user group
add name=api policy=read,write,api,rest-api,!ftp,!ssh
