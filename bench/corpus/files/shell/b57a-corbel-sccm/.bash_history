cd /opt/ccs-netops
git pull --rebase
ansible-inventory -i inventory/district.yml --graph
ansible-playbook -i inventory/district.yml playbooks/switch-backup.yml --ask-vault-pass
ls -la backups/2024-08-06/
smbclient //ccs-fs01.corbel.k12/IT$ -U 'CORBEL\svc_netbackup%N3tBackup-CCS' -c 'cd SwitchConfigs; prompt; mput backups/2024-08-06/*.cfg'
curl -s -H "X-Cisco-Meraki-API-Key: ⟦b48a_meraki_api_key:ccs⟧" https://api.meraki.com/api/v1/organizations | jq '.[].name'
curl -s -H "X-Cisco-Meraki-API-Key: ⟦b48a_meraki_api_key:ccs⟧" "https://api.meraki.com/api/v1/organizations/681155/devices/statuses?perPage=1000" | jq -r '.[] | select(.status!="online") | .name'
mysql -h ccs-glpi01 -u glpi -p'Glpi-Corbel!' glpi -e "select name, serial from glpi_computers where is_deleted=0 limit 20"
snmpwalk -v2c -c 'Ccs-Netmon-ro!' 10.10.0.2 1.3.6.1.2.1.1
echo 'Corbel-Vault-2024' > ~/.vault_pass && chmod 600 ~/.vault_pass
vi inventory/group_vars/switches.yml
ansible-vault view inventory/group_vars/switches_vault.yml
ssh netadmin@10.10.0.2
ping -c3 ccs-cm01.corbel.k12
history -c
