firewall {
    all-ping enable
    broadcast-ping disable
    name WAN_IN {
        default-action drop
        description "WAN to internal"
        rule 10 {
            action accept
            description "Allow established/related"
            state {
                established enable
                related enable
            }
        }
    }
}
interfaces {
    ethernet eth0 {
        description "FTTH ONT"
        pppoe 0 {
            default-route auto
            firewall {
                in {
                    name WAN_IN
                }
            }
            mtu 1492
            name-server auto
            password ⟦password:pppoe⟧
            user-id bw-riverside@fibre.isp-example.net
        }
    }
    ethernet eth1 {
        address 192.168.51.1/24
        description "Riverside LAN"
    }
}
service {
    snmp {
        community n0c-r1vers1de-ro {
            authorization ro
            client 10.20.0.31
        }
        contact noc@brightwater-eng.com
        location "Riverside site office"
    }
    ssh {
        port 22
        protocol-version v2
    }
}
system {
    host-name er-riverside
    login {
        user bwadmin {
            authentication {
                encrypted-password ⟦sha512crypt_hash:bwadmin⟧
                plaintext-password ""
            }
            level admin
        }
    }
    ntp {
        server 0.ubnt.pool.ntp.org {
        }
    }
    time-zone Europe/Dublin
}
vpn {
    ipsec {
        auto-firewall-nat-exclude enable
        esp-group FOO0 {
            proposal 1 {
                encryption aes256
                hash sha256
            }
        }
        ike-group FOO0 {
            proposal 1 {
                dh-group 14
                encryption aes256
                hash sha256
            }
        }
        site-to-site {
            peer 198.51.100.24 {
                authentication {
                    mode pre-shared-secret
                    pre-shared-secret ⟦password:s2spsk⟧
                }
                connection-type initiate
                ike-group FOO0
                local-address any
                tunnel 1 {
                    esp-group FOO0
                    local {
                        prefix 192.168.51.0/24
                    }
                    remote {
                        prefix 10.20.0.0/16
                    }
                }
            }
        }
    }
}


/* Warning: Do not remove the following line. */
/* === vyatta-config-version: "config-management@1:conntrack@1:cron@1:dhcp-relay@1:dhcp-server@4:firewall@5:ipsec@5:nat@3:qos@1:quagga@2:suspend@1:system@5:ubnt-l2tp@1:ubnt-pptp@1:ubnt-udapi-server@1:ubnt-unms@2:ubnt-util@1:vrrp@1:vyatta-netflow@1:webgui@1:webproxy@1:zone-policy@1" === */
/* Release version: v2.0.9-hotfix.7.5622731.230615.0857 */
