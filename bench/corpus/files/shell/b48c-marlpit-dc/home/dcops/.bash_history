cd ~/idrac
./idrac_bulk_config.sh hosts-hallB-2025-02.txt 2>&1 | tee run-2025-02-18.log
grep -i error run-2025-02-18.log
ipmitool -I lanplus -H 10.70.12.31 -U ADMIN -P ⟦password:smc-admin⟧ chassis power status
ipmitool -I lanplus -H 10.70.12.31 -U ADMIN -P ⟦password:smc-admin⟧ sol activate
ipmitool -I lanplus -H 10.70.12.31 -U ADMIN -P ⟦password:smc-admin⟧ sol deactivate
ping -c3 10.70.12.32
curl -sk -u root:⟦password:idrac-root⟧ https://10.70.14.21/redfish/v1/Systems/System.Embedded.1 | jq .PowerState
curl -sk -u root:⟦password:idrac-root⟧ -X POST -H 'Content-Type: application/json' -d '{"ResetType":"ForceRestart"}' https://10.70.14.21/redfish/v1/Systems/System.Embedded.1/Actions/ComputerSystem.Reset
ssh admin@pdu-b07a.oob.marlpit.net
sshpass -p 'Marlpit-PDU-2022' ssh -o StrictHostKeyChecking=no apc@10.70.1.41 'olStatus all'
sshpass -p 'Marlpit-PDU-2022' ssh -o StrictHostKeyChecking=no apc@10.70.1.42 'olStatus all'
upsc eaton-r01@localhost
snmpwalk -v3 -l authPriv -u nutmon -a SHA -A '⟦password:eaton-auth⟧' -x AES -X '⟦password:eaton-priv⟧' 10.70.1.61 1.3.6.1.4.1.534.1.2
snmpget -v2c -c ⟦b48c_snmp_community:apc-ups⟧ 10.70.1.62 1.3.6.1.4.1.318.1.1.1.2.2.1.0
upscmd -u admin -p ⟦db_password:nut-admin⟧ eaton-r01@localhost test.battery.start.quick
vim ~/.ssh/config
ssh oob-cons-b1
export OME_TOKEN=$(curl -sk -X POST https://ome01.marlpit.net/api/SessionService/Sessions -H 'Content-Type: application/json' -d '{"UserName":"admin","Password":"⟦password:ome-admin⟧","SessionType":"API"}' -D - -o /dev/null | awk '/X-Auth-Token/{print $2}')
curl -sk -H "X-Auth-Token: $OME_TOKEN" https://ome01.marlpit.net/api/DeviceService/Devices | jq '.value | length'
history | grep racadm
