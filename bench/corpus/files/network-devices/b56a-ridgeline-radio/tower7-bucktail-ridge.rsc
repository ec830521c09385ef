# 2024-03-02 11:47:09 by RouterOS 7.13.5
# software id = 8K2Q-ZT4N
#
# model = CCR2004-16G-2S+
# serial number = HEB08F1K2Q7
# Tower site 7 (Bucktail Ridge) - P25 site router: microwave backhaul + LTE failover + WireGuard to ECC
/interface bridge
add name=br-site
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-ecc private-key="⟦b39b_wireguard_private_key:t7⟧"
/interface list
add name=WAN
add name=LAN
/ip ipsec profile
add dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256 name=state-swn
/ip ipsec peer
add address=172.20.16.1/32 exchange-mode=ike2 name=swn-rfss2 profile=state-swn
/ip ipsec identity
add peer=swn-rfss2 secret="Swn-T7-Bucktail#2022"
/ip ipsec proposal
add enc-algorithms=aes-256-gcm name=state-swn pfs-group=ecp256
/ip pool
add name=dhcp-site ranges=10.60.7.100-10.60.7.150
/snmp community
set [ find default=yes ] disabled=yes
add addresses=10.40.2.40/32 name="⟦b48c_snmp_community:t7⟧"
/interface wireguard peers
add allowed-address=10.40.0.0/22,10.60.0.0/16 endpoint-address=203.0.113.38 endpoint-port=13231 interface=wg-ecc \
    public-key="⟦b39b_wireguard_public_key:ecc⟧" persistent-keepalive=25s
/ip address
add address=10.60.7.1/24 interface=br-site network=10.60.7.0
add address=10.255.7.2/30 interface=wg-ecc network=10.255.7.0
add address=192.168.88.2/30 interface=ether1 network=192.168.88.0
/ip dns
set servers=10.40.2.10,10.40.2.11
/ip firewall filter
add action=accept chain=input connection-state=established,related
add action=accept chain=input protocol=udp dst-port=13231
add action=accept chain=input src-address=10.40.250.0/24
add action=drop chain=input in-interface-list=WAN
/ip route
add distance=1 gateway=192.168.88.1
add distance=5 gateway=lte1
add dst-address=10.40.0.0/22 gateway=wg-ecc
/ppp secret
add name=ridgeline-tech password=Rdg-T7-pppTech profile=default-encryption service=l2tp
/system identity
set name=t7-bucktail-ridge
/system ntp client
set enabled=yes
/system ntp client servers
add address=10.40.2.10
/user
add group=full name=rrnoc
